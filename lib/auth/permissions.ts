import type { Role } from "../generated/prisma/enums";

/** Who is acting: what every data-layer mutation receives and checks. */
export type Actor = { id: number; role: Role; organizationId: number | null; name: string; organizationName?: string | null };

export type Permission =
  | "project.edit" // status, progress, dates, milestones (SPGOV: own organisation only)
  | "content.edit" // sessions, news, indicators, organisations, governance members
  | "survey.manage"
  | "moderate" // free-text survey answers, discussion posts
  | "accounts.manage"
  | "audit.read";

// The programme office (DPGOV) edits everything; SPGOV members only their organisation's
// projects; administrators hold every right so one account can recover any situation.
const GRANTS: Record<Role, readonly Permission[]> = {
  ADMIN: ["project.edit", "content.edit", "survey.manage", "moderate", "accounts.manage", "audit.read"],
  DPGOV_EDITOR: ["project.edit", "content.edit", "survey.manage", "moderate"],
  SPGOV_EDITOR: ["project.edit"],
  MODERATOR: ["moderate"],
  STAKEHOLDER: [],
};

export function hasPermission(actor: Pick<Actor, "role"> | null, permission: Permission): boolean {
  return actor !== null && GRANTS[actor.role].includes(permission);
}

export function canEditProject(actor: Pick<Actor, "role" | "organizationId"> | null, project: { ownerOrganizationId: number }): boolean {
  if (!actor || !hasPermission(actor, "project.edit")) return false;
  if (actor.role === "SPGOV_EDITOR") return actor.organizationId !== null && actor.organizationId === project.ownerOrganizationId;
  return true;
}

/** Staff roles reach the back office; stakeholders only the collaborative space. */
export function isStaff(actor: Pick<Actor, "role"> | null): boolean {
  return actor !== null && actor.role !== "STAKEHOLDER";
}
