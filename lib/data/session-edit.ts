import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { todayAsDate } from "../dates";
import { db } from "../db";
import { AppError } from "../errors";
import { checkSessionDate, plausibleSessionWindow, type SessionDateIssue } from "../validation/session-date";
import { SESSION_FIELDS, type SessionCreateInput, type SessionFieldsInput, type SessionUpdateInput } from "../validation/session-edit";
import { recordAudit } from "./audit";
import { authorizeContentEdit, changedFields, prismaErrorCode, StaleEditError, StaleSignal } from "./content-edit";

// CIGOV sessions in the back office: list, create, edit. Public pages show CIGOV's sessions
// by number, so the back office addresses them the same way.

/** The date is not plausible; `issue` says why (outside the period, out of order, ...). */
export class SessionDateError extends AppError {
  constructor(readonly issue: SessionDateIssue) {
    super("INVALID", "sessionDate");
  }
}

const CIGOV = { body: { kind: "CIGOV" } } satisfies Prisma.CommitteeSessionWhereInput;

export async function findStaffSessions(actor: Actor) {
  await authorizeContentEdit(actor, "session.list", "CommitteeSession", "*");
  return db.committeeSession.findMany({
    where: CIGOV,
    orderBy: { number: "desc" },
    select: { number: true, heldOn: true, status: true, _count: { select: { agendaItems: true, decisions: true } } },
  });
}

const sessionEditSelect = {
  id: true,
  number: true,
  heldOn: true,
  status: true,
  chairName: true,
  chairTitleFr: true,
  chairTitleAr: true,
  summaryFr: true,
  summaryAr: true,
  updatedAt: true,
  agendaItems: { orderBy: { position: "asc" }, select: { position: true, titleFr: true, titleAr: true } },
  decisions: {
    orderBy: { position: "asc" },
    select: { id: true, position: true, textFr: true, textAr: true, status: true, dueOn: true, ownerLabelFr: true, ownerLabelAr: true, ownerOrganization: { select: { acronym: true, nameFr: true, nameAr: true } } },
  },
} satisfies Prisma.CommitteeSessionSelect;

export type EditableSession = Prisma.CommitteeSessionGetPayload<{ select: typeof sessionEditSelect }>;

export async function findSessionForEdit(actor: Actor, number: number): Promise<EditableSession> {
  await authorizeContentEdit(actor, "session.read-for-edit", "CommitteeSession", `cigov:${number}`);
  const session = await db.committeeSession.findFirst({ where: { ...CIGOV, number }, select: sessionEditSelect });
  if (!session) throw new AppError("NOT_FOUND");
  return session;
}

/** The number a new session most likely takes: one after the highest recorded. */
export async function suggestNextSessionNumber(): Promise<number> {
  const last = await db.committeeSession.findFirst({ where: CIGOV, orderBy: { number: "desc" }, select: { number: true } });
  return (last?.number ?? 0) + 1;
}

/**
 * Applies the plausibility rule inside the writing transaction. The body's row is locked
 * first, so two editors cannot both slip a session between the same neighbours unchecked.
 */
async function assertPlausibleDate(tx: Prisma.TransactionClient, bodyId: number, number: number, session: Pick<SessionFieldsInput, "heldOn" | "status">): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "GovernanceBody" WHERE "id" = ${bodyId} FOR UPDATE`;
  const neighbour = { number: true, heldOn: true } satisfies Prisma.CommitteeSessionSelect;
  const programme = await tx.programme.findFirst({ orderBy: { id: "asc" }, select: { startYear: true, endYear: true } });
  const previous = await tx.committeeSession.findFirst({ where: { bodyId, number: { lt: number } }, orderBy: { number: "desc" }, select: neighbour });
  const next = await tx.committeeSession.findFirst({ where: { bodyId, number: { gt: number } }, orderBy: { number: "asc" }, select: neighbour });
  const today = todayAsDate();
  const issue = checkSessionDate(session, { window: plausibleSessionWindow(programme, today), previous, next, today });
  if (issue) throw new SessionDateError(issue);
}

const day = (date: Date) => date.toISOString().slice(0, 10);

function sessionData(input: SessionFieldsInput) {
  const { heldOn, status, chairName, chairTitleFr, chairTitleAr, summaryFr, summaryAr } = input;
  return { heldOn, status, chairName, chairTitleFr, chairTitleAr, summaryFr, summaryAr };
}

export async function createSession(actor: Actor, input: SessionCreateInput): Promise<{ number: number }> {
  await authorizeContentEdit(actor, "session.create", "CommitteeSession", `cigov:${input.number}`);
  const body = await db.governanceBody.findFirst({ where: { kind: "CIGOV" }, orderBy: { id: "asc" }, select: { id: true } });
  if (!body) throw new AppError("NOT_FOUND");
  try {
    return await db.$transaction(async (tx) => {
      await assertPlausibleDate(tx, body.id, input.number, input);
      const created = await tx.committeeSession.create({ data: { bodyId: body.id, number: input.number, ...sessionData(input) }, select: { id: true, number: true } });
      await recordAudit({ actor, action: "session.create", entityType: "CommitteeSession", entityId: created.id, detail: { number: created.number, heldOn: day(input.heldOn), status: input.status } }, tx);
      return { number: created.number };
    });
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new AppError("INVALID", "sessionNumberTaken");
    throw error;
  }
}

export async function updateSession(actor: Actor, number: number, input: SessionUpdateInput): Promise<void> {
  await authorizeContentEdit(actor, "session.update", "CommitteeSession", `cigov:${number}`);
  const before = await db.committeeSession.findFirst({
    where: { ...CIGOV, number },
    select: { id: true, bodyId: true, heldOn: true, status: true, chairName: true, chairTitleFr: true, chairTitleAr: true, summaryFr: true, summaryAr: true },
  });
  if (!before) throw new AppError("NOT_FOUND");
  const fields = changedFields(before, input, SESSION_FIELDS);
  try {
    await db.$transaction(async (tx) => {
      await assertPlausibleDate(tx, before.bodyId, number, input);
      const updated = await tx.committeeSession.updateMany({ where: { id: before.id, updatedAt: input.loadedAt }, data: sessionData(input) });
      if (updated.count === 0) throw new StaleSignal();
      await recordAudit({ actor, action: "session.update", entityType: "CommitteeSession", entityId: before.id, detail: { number, fields } }, tx);
    });
  } catch (error) {
    if (error instanceof StaleSignal) {
      const current = await db.committeeSession.findUniqueOrThrow({ where: { id: before.id }, select: { updatedAt: true } });
      throw new StaleEditError(current.updatedAt);
    }
    throw error;
  }
}
