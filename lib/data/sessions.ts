import "server-only";
import { cache } from "react";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { sourceSelect } from "./source-select";
import { selectUpcomingSessions } from "../sessions-calendar";
import { publicNewsWhere } from "./news-visibility";

/**
 * The latest held CIGOV session and the next one to come, by the same rule as the sessions
 * page and the calendar feed (a planned session, or an announced date not yet held).
 */
export async function findSessionHighlights(today: Date) {
  const [latest, upcoming] = await Promise.all([
    db.committeeSession.findFirst({
      where: { status: "HELD", body: { kind: "CIGOV" } },
      orderBy: { number: "desc" },
      select: { number: true, heldOn: true },
    }),
    findUpcomingSessionData(today),
  ]);
  const next = selectUpcomingSessions({ ...upcoming, today })[0];
  return { latest, next: next ? { plannedOn: next.on } : null };
}

const sessionListSelect = {
  number: true,
  heldOn: true,
  status: true,
  chairName: true,
  chairTitleFr: true,
  chairTitleAr: true,
  _count: { select: { agendaItems: true, decisions: true, reviews: true, launches: true, demonstrations: true } },
} satisfies Prisma.CommitteeSessionSelect;

/** Every CIGOV session, latest first, with counts of what each one covered (one query). */
export async function findSessions() {
  return db.committeeSession.findMany({
    where: { body: { kind: "CIGOV" } },
    orderBy: { number: "desc" },
    select: sessionListSelect,
  });
}

const projectLinkSelect = { slug: true, titleFr: true, titleAr: true, status: true } satisfies Prisma.ProjectSelect;

const sessionDetailSelect = (now: Date) =>
  ({
    number: true,
    heldOn: true,
    status: true,
    chairName: true,
    chairTitleFr: true,
    chairTitleAr: true,
    summaryFr: true,
    summaryAr: true,
    updatedAt: true,
    body: { select: { slug: true, acronym: true, nameFr: true, nameAr: true } },
    source: { select: sourceSelect },
    agendaItems: { orderBy: { position: "asc" }, select: { position: true, titleFr: true, titleAr: true } },
    decisions: {
      orderBy: { position: "asc" },
      select: {
        position: true,
        textFr: true,
        textAr: true,
        ownerLabelFr: true,
        ownerLabelAr: true,
        dueOn: true,
        status: true,
        ownerOrganization: { select: { slug: true, acronym: true, nameFr: true, nameAr: true } },
      },
    },
    reviews: { orderBy: { projectId: "asc" }, select: { noteFr: true, noteAr: true, project: { select: projectLinkSelect } } },
    launches: {
      orderBy: [{ launchedOn: { sort: "asc", nulls: "last" } }, { projectId: "asc" }],
      select: { launchedOn: true, noteFr: true, noteAr: true, project: { select: projectLinkSelect } },
    },
    demonstrations: {
      orderBy: { position: "asc" },
      select: { position: true, titleFr: true, titleAr: true, project: { select: projectLinkSelect } },
    },
    announcedDates: { orderBy: { plannedOn: "asc" }, select: { plannedOn: true } },
    news: {
      where: publicNewsWhere(now),
      orderBy: { publishedAt: "desc" },
      select: { slug: true, titleFr: true, titleAr: true, publishedAt: true },
    },
  }) satisfies Prisma.CommitteeSessionSelect;

/**
 * One CIGOV session by its number, with everything it covered, and the numbers of the
 * sessions recorded before and after it (for navigation). Cached per request: the page
 * and its metadata share it.
 */
export const findSessionByNumber = cache(async (number: number) => {
  const where = { body: { kind: "CIGOV" } } satisfies Prisma.CommitteeSessionWhereInput;
  const [session, previous, next] = await Promise.all([
    db.committeeSession.findFirst({ where: { ...where, number }, select: sessionDetailSelect(new Date()) }),
    db.committeeSession.findFirst({ where: { ...where, number: { lt: number } }, orderBy: { number: "desc" }, select: { number: true } }),
    db.committeeSession.findFirst({ where: { ...where, number: { gt: number } }, orderBy: { number: "asc" }, select: { number: true } }),
  ]);
  if (!session) return null;
  return { ...session, previousNumber: previous?.number ?? null, nextNumber: next?.number ?? null };
});

/**
 * What the calendar needs from today on: CIGOV sessions dated today or later (any status,
 * so an announced date that became a session, or was cancelled, is not listed twice), and
 * the dates sessions announced for their successors. Two queries.
 */
export async function findUpcomingSessionData(today: Date) {
  const [sessions, announced] = await Promise.all([
    db.committeeSession.findMany({
      where: { heldOn: { gte: today }, body: { kind: "CIGOV" } },
      orderBy: { heldOn: "asc" },
      select: { number: true, heldOn: true, status: true, updatedAt: true },
    }),
    db.announcedSessionDate.findMany({
      where: { plannedOn: { gte: today }, session: { body: { kind: "CIGOV" } } },
      orderBy: { plannedOn: "asc" },
      select: { plannedOn: true, session: { select: { number: true, updatedAt: true } } },
    }),
  ]);
  return {
    sessions,
    announced: announced.map((row) => ({ plannedOn: row.plannedOn, announcedBy: row.session.number, announcedAt: row.session.updatedAt })),
  };
}

export type SessionListItem = Awaited<ReturnType<typeof findSessions>>[number];
export type SessionDetail = NonNullable<Awaited<ReturnType<typeof findSessionByNumber>>>;
