import "server-only";
import { parseSlug } from "../route-params";
import { cache } from "react";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { sourceSelect } from "./source-select";

const bodyLinkSelect = { slug: true, acronym: true, nameFr: true, nameAr: true } satisfies Prisma.GovernanceBodySelect;
const organizationLinkSelect = { slug: true, acronym: true, nameFr: true, nameAr: true } satisfies Prisma.OrganizationSelect;

const bodySummarySelect = {
  slug: true,
  kind: true,
  acronym: true,
  nameFr: true,
  nameAr: true,
  descriptionFr: true,
  descriptionAr: true,
  meetingCadenceFr: true,
  meetingCadenceAr: true,
  parent: { select: bodyLinkSelect },
  children: { select: bodyLinkSelect, orderBy: { position: "asc" } },
  organization: { select: organizationLinkSelect },
  _count: { select: { members: true, missions: true, sessions: true } },
} satisfies Prisma.GovernanceBodySelect;

/** Every governance body in display order, with its links to other bodies (one query). */
export async function findGovernanceBodies() {
  return db.governanceBody.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }], select: bodySummarySelect });
}

const bodyDetailSelect = {
  ...bodySummarySelect,
  establishedOn: true,
  source: { select: sourceSelect },
  missions: { orderBy: { position: "asc" }, select: { position: true, textFr: true, textAr: true } },
  members: {
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      personName: true,
      roleFr: true,
      roleAr: true,
      officeFr: true,
      officeAr: true,
      startedOn: true,
      endedOn: true,
      organization: { select: organizationLinkSelect },
    },
  },
  sessions: {
    orderBy: { number: "desc" },
    select: { number: true, heldOn: true, status: true },
  },
} satisfies Prisma.GovernanceBodySelect;

const figureSelect = {
  id: true,
  labelFr: true,
  labelAr: true,
  value: true,
  unitFr: true,
  unitAr: true,
  asOf: true,
  source: { select: sourceSelect },
} satisfies Prisma.ReportedFigureSelect;

/**
 * One body with its missions, seats, sessions and the figures reported about it.
 * Figures are filed by subject "<body slug>.<what>" (e.g. "spgov.members"), so both
 * queries run at once. Cached per request: the page and its metadata share it.
 */
export const findGovernanceBody = cache(async (slug: string) => {
  if (!parseSlug(slug)) return null; // not one of our slugs (e.g. a NUL byte): 404, no query
  const [body, figures] = await Promise.all([
    db.governanceBody.findUnique({ where: { slug }, select: bodyDetailSelect }),
    db.reportedFigure.findMany({
      where: { subject: { startsWith: `${slug}.` } },
      // Every report is kept: newest first, so the latest figure leads and history follows.
      orderBy: [{ subject: "asc" }, { asOf: "desc" }, { id: "desc" }],
      select: figureSelect,
    }),
  ]);
  return body ? { ...body, figures } : null;
});

export type GovernanceBodySummary = Awaited<ReturnType<typeof findGovernanceBodies>>[number];
export type GovernanceBodyDetail = NonNullable<Awaited<ReturnType<typeof findGovernanceBody>>>;
