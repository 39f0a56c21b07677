import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { sourceSelect } from "./source-select";
import { publicNewsWhere } from "./news-visibility";

// Read-only projections for the open-data API and the news feed: public fields only.

const projectSlug = { select: { slug: true } } as const;

const sessionExportSelect = {
  number: true,
  heldOn: true,
  status: true,
  chairName: true,
  chairTitleFr: true,
  chairTitleAr: true,
  summaryFr: true,
  summaryAr: true,
  updatedAt: true,
  body: { select: { slug: true, kind: true, acronym: true } },
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
      ownerOrganization: { select: { slug: true } },
    },
  },
  reviews: { orderBy: { project: { slug: "asc" } }, select: { project: projectSlug } },
  launches: {
    orderBy: [{ launchedOn: { sort: "asc", nulls: "last" } }, { projectId: "asc" }],
    select: { launchedOn: true, noteFr: true, noteAr: true, project: projectSlug },
  },
  demonstrations: { orderBy: { position: "asc" }, select: { position: true, titleFr: true, titleAr: true, project: projectSlug } },
  announcedDates: { orderBy: { plannedOn: "asc" }, select: { plannedOn: true } },
} satisfies Prisma.CommitteeSessionSelect;

/** Every committee session with what it covered, oldest first (one query per relation, no N+1). */
export async function findSessionsForExport() {
  return db.committeeSession.findMany({
    orderBy: [{ heldOn: "asc" }, { number: "asc" }],
    select: sessionExportSelect,
  });
}

const indicatorExportSelect = {
  slug: true,
  titleFr: true,
  titleAr: true,
  descriptionFr: true,
  descriptionAr: true,
  unitFr: true,
  unitAr: true,
  baselineValue: true,
  targetValue: true,
  targetOn: true,
  updatedAt: true,
  project: projectSlug,
  values: {
    orderBy: { observedOn: "asc" },
    select: { observedOn: true, value: true, noteFr: true, noteAr: true, source: { select: sourceSelect } },
  },
} satisfies Prisma.IndicatorSelect;

/** Every indicator with its full history of values, oldest value first. */
export async function findIndicatorsForExport() {
  return db.indicator.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: indicatorExportSelect });
}

/** The latest published news for the feeds; an item scheduled for later stays out until then. */
export async function findNewsForFeed(now: Date, take = 50) {
  return db.newsItem.findMany({
    where: publicNewsWhere(now),
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      slug: true,
      kind: true,
      titleFr: true,
      titleAr: true,
      summaryFr: true,
      summaryAr: true,
      publishedAt: true,
      updatedAt: true,
      source: { select: { url: true } },
    },
  });
}

export type SessionExportRow = Awaited<ReturnType<typeof findSessionsForExport>>[number];
export type IndicatorExportRow = Awaited<ReturnType<typeof findIndicatorsForExport>>[number];
export type NewsFeedRow = Awaited<ReturnType<typeof findNewsForFeed>>[number];
