import "server-only";
import { db } from "../db";

/** The latest held CIGOV session and the first announced date still to come, if any. */
export async function findSessionHighlights(today: Date) {
  const [latest, next] = await Promise.all([
    db.committeeSession.findFirst({
      where: { status: "HELD", body: { kind: "CIGOV" } },
      orderBy: { number: "desc" },
      select: { number: true, heldOn: true },
    }),
    db.announcedSessionDate.findFirst({
      where: { plannedOn: { gte: today }, session: { body: { kind: "CIGOV" } } },
      orderBy: { plannedOn: "asc" },
      select: { plannedOn: true },
    }),
  ]);
  return { latest, next };
}
