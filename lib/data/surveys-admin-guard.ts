import "server-only";
import { hasPermission, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { recordAudit } from "./audit";

/** Who acts on surveys: what every staff survey function receives (from the session). */
export type SurveyActor = Pick<Actor, "id" | "role" | "organizationId">;

/**
 * Refuses (typed FORBIDDEN) an actor without the permission, and records the refusal:
 * probing shows up in the audit log. "survey.manage": ADMIN and DPGOV_EDITOR build and run
 * surveys; "moderate": ADMIN, DPGOV_EDITOR and MODERATOR moderate free-text answers
 * (lib/auth/permissions.ts holds the grants).
 */
export async function requireSurveyPermission(
  actor: SurveyActor,
  permission: "survey.manage" | "moderate",
  action: string,
  entity: { type: "Survey" | "SurveyAnswer"; id: string | number },
): Promise<void> {
  if (hasPermission(actor, permission)) return;
  await recordAudit({ actor, action, outcome: "DENIED", entityType: entity.type, entityId: entity.id });
  throw new AppError("FORBIDDEN");
}
