import "server-only";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import type { AgendaItemInput } from "../validation/session-agenda";
import { recordAudit } from "./audit";
import { authorizeContentEdit } from "./content-edit";

/**
 * Replaces a CIGOV session's agenda with the list as edited (order kept, positions from 1).
 * Nothing else refers to an agenda item, so rewriting the list in one transaction is safe
 * and lets one plain form add, edit, remove and reorder without JavaScript.
 */
export async function saveSessionAgenda(actor: Actor, number: number, items: AgendaItemInput[]): Promise<void> {
  await authorizeContentEdit(actor, "session.agenda.save", "CommitteeSession", `cigov:${number}`);
  const session = await db.committeeSession.findFirst({ where: { number, body: { kind: "CIGOV" } }, select: { id: true, _count: { select: { agendaItems: true } } } });
  if (!session) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    await tx.agendaItem.deleteMany({ where: { sessionId: session.id } });
    if (items.length > 0) await tx.agendaItem.createMany({ data: items.map((item, index) => ({ sessionId: session.id, position: index + 1, titleFr: item.titleFr, titleAr: item.titleAr })) });
    await recordAudit({ actor, action: "session.agenda.save", entityType: "CommitteeSession", entityId: session.id, detail: { number, itemsBefore: session._count.agendaItems, itemsAfter: items.length } }, tx);
  });
}
