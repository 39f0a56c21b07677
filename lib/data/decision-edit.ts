import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { DECISION_FIELDS, type DecisionInput, type DecisionUpdateInput } from "../validation/session-decision";
import { recordAudit } from "./audit";
import { authorizeContentEdit, changedFields, prismaErrorCode, StaleEditError, StaleSignal } from "./content-edit";

// Decisions of a CIGOV session and their follow-up (owner, due date, status).

const decisionEditSelect = {
  id: true,
  position: true,
  textFr: true,
  textAr: true,
  ownerOrganizationId: true,
  ownerLabelFr: true,
  ownerLabelAr: true,
  dueOn: true,
  status: true,
  updatedAt: true,
} satisfies Prisma.DecisionSelect;

export type EditableDecision = Prisma.DecisionGetPayload<{ select: typeof decisionEditSelect }>;

async function findCigovSession(number: number) {
  const session = await db.committeeSession.findFirst({ where: { number, body: { kind: "CIGOV" } }, select: { id: true, number: true, heldOn: true } });
  if (!session) throw new AppError("NOT_FOUND");
  return session;
}

export async function findDecisionForEdit(actor: Actor, number: number, decisionId: number): Promise<EditableDecision> {
  await authorizeContentEdit(actor, "decision.read-for-edit", "Decision", decisionId);
  const decision = await db.decision.findFirst({ where: { id: decisionId, session: { number, body: { kind: "CIGOV" } } }, select: decisionEditSelect });
  if (!decision) throw new AppError("NOT_FOUND");
  return decision;
}

/** A decision cannot fall due before the session that took it: that date is a typo. */
function assertDueAfterSession(input: DecisionInput, session: { heldOn: Date }): void {
  if (input.dueOn && input.dueOn < session.heldOn) throw new AppError("INVALID", "dueBeforeSession");
}

function decisionData(input: DecisionInput) {
  const { textFr, textAr, ownerOrganizationId, ownerLabelFr, ownerLabelAr, dueOn, status } = input;
  return { textFr, textAr, ownerOrganizationId, ownerLabelFr, ownerLabelAr, dueOn, status };
}

function organizationUnknown(error: unknown): never {
  if (prismaErrorCode(error) === "P2003") throw new AppError("INVALID", "organizationUnknown");
  throw error;
}

export async function createDecision(actor: Actor, number: number, input: DecisionInput): Promise<{ id: number }> {
  await authorizeContentEdit(actor, "decision.create", "CommitteeSession", `cigov:${number}`);
  const session = await findCigovSession(number);
  assertDueAfterSession(input, session);
  try {
    return await db.$transaction(async (tx) => {
      // Positions are unique per session: lock the session so two new decisions do not take the same one.
      await tx.$queryRaw`SELECT 1 FROM "CommitteeSession" WHERE "id" = ${session.id} FOR UPDATE`;
      const last = await tx.decision.aggregate({ where: { sessionId: session.id }, _max: { position: true } });
      const created = await tx.decision.create({ data: { sessionId: session.id, position: (last._max.position ?? 0) + 1, ...decisionData(input) }, select: { id: true } });
      await recordAudit({ actor, action: "decision.create", entityType: "Decision", entityId: created.id, detail: { session: number, status: input.status } }, tx);
      return created;
    });
  } catch (error) {
    return organizationUnknown(error);
  }
}

export async function updateDecision(actor: Actor, number: number, decisionId: number, input: DecisionUpdateInput): Promise<void> {
  await authorizeContentEdit(actor, "decision.update", "Decision", decisionId);
  const session = await findCigovSession(number);
  const before = await db.decision.findFirst({ where: { id: decisionId, sessionId: session.id }, select: decisionEditSelect });
  if (!before) throw new AppError("NOT_FOUND");
  assertDueAfterSession(input, session);
  const fields = changedFields(before, input, DECISION_FIELDS);
  try {
    await db.$transaction(async (tx) => {
      const updated = await tx.decision.updateMany({ where: { id: decisionId, updatedAt: input.loadedAt }, data: decisionData(input) });
      if (updated.count === 0) throw new StaleSignal();
      // The follow-up status is what the public tracks: keep its transition, not just "changed".
      const status = before.status === input.status ? undefined : { from: before.status, to: input.status };
      await recordAudit({ actor, action: "decision.update", entityType: "Decision", entityId: decisionId, detail: { session: number, fields, ...(status ? { status } : {}) } }, tx);
    });
  } catch (error) {
    if (error instanceof StaleSignal) throw new StaleEditError((await db.decision.findUniqueOrThrow({ where: { id: decisionId }, select: { updatedAt: true } })).updatedAt);
    organizationUnknown(error);
  }
}
