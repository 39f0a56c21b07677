import "server-only";
import { parseSlug } from "../route-params";
import { cache } from "react";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";

const organizationSummarySelect = {
  id: true,
  slug: true,
  kind: true,
  acronym: true,
  nameFr: true,
  nameAr: true,
} satisfies Prisma.OrganizationSelect;

/**
 * Every organisation with how many projects it owns and the oldest and newest update
 * among them: two queries (the list, and one aggregate over projects), no per-row query.
 */
export async function findOrganizationsWithFreshness() {
  const [organizations, stats] = await Promise.all([
    db.organization.findMany({ orderBy: { nameFr: "asc" }, select: organizationSummarySelect }),
    db.project.groupBy({
      by: ["ownerOrganizationId"],
      _count: { _all: true },
      _min: { updatedAt: true },
      _max: { updatedAt: true },
    }),
  ]);
  const byOrganization = new Map(stats.map((row) => [row.ownerOrganizationId, row]));
  return organizations.map(({ id, ...organization }) => {
    const row = byOrganization.get(id);
    return {
      ...organization,
      projectCount: row?._count._all ?? 0,
      oldestUpdateAt: row?._min.updatedAt ?? null,
      newestUpdateAt: row?._max.updatedAt ?? null,
    };
  });
}

const organizationDetailSelect = {
  slug: true,
  kind: true,
  acronym: true,
  nameFr: true,
  nameAr: true,
  websiteUrl: true,
  projects: {
    // Least recently updated first: what needs attention comes first.
    orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      code: true,
      titleFr: true,
      titleAr: true,
      status: true,
      progress: true,
      isFlagship: true,
      updatedAt: true,
    },
  },
  members: {
    orderBy: [{ bodyId: "asc" }, { position: "asc" }],
    select: {
      id: true,
      roleFr: true,
      roleAr: true,
      officeFr: true,
      officeAr: true,
      personName: true,
      body: { select: { slug: true, acronym: true, nameFr: true, nameAr: true } },
    },
  },
  bodies: { orderBy: { position: "asc" }, select: { slug: true, acronym: true, nameFr: true, nameAr: true } },
} satisfies Prisma.OrganizationSelect;

/** One organisation with its projects, its seats in governance bodies and the bodies it hosts. */
export const findOrganization = cache(async (slug: string) => {
  if (!parseSlug(slug)) return null; // not one of our slugs (e.g. a NUL byte): 404, no query
  return db.organization.findUnique({ where: { slug }, select: organizationDetailSelect });
});

export type OrganizationWithFreshness = Awaited<ReturnType<typeof findOrganizationsWithFreshness>>[number];
export type OrganizationDetail = NonNullable<Awaited<ReturnType<typeof findOrganization>>>;
