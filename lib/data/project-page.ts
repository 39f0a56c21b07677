import "server-only";
import { db } from "../db";
import { sourceSelect } from "./source-select";
import { publicNewsWhere } from "./news-visibility";

/**
 * Everything the public project page shows, in one round of parallel queries (no N+1):
 * the project with its milestones and history, plus where it was reviewed or announced.
 */
export async function findProjectPage(slug: string) {
  const project = await db.project.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      code: true,
      kind: true,
      isFlagship: true,
      titleFr: true,
      titleAr: true,
      summaryFr: true,
      summaryAr: true,
      status: true,
      progress: true,
      channels: true,
      baselineStartOn: true,
      baselineEndOn: true,
      plannedStartOn: true,
      plannedEndOn: true,
      actualStartOn: true,
      actualEndOn: true,
      budgetAmount: true,
      websiteUrl: true,
      updatedAt: true,
      ownerOrganization: {
        select: {
          slug: true,
          nameFr: true,
          nameAr: true,
          acronym: true,
          bodies: { where: { kind: "SPGOV" }, select: { slug: true, nameFr: true, nameAr: true }, take: 1 },
        },
      },
      axis: { select: { slug: true, titleFr: true, titleAr: true } },
      programme: { select: { budgetCurrency: true } },
      milestones: {
        orderBy: { position: "asc" },
        select: { id: true, titleFr: true, titleAr: true, baselineOn: true, plannedOn: true, actualOn: true },
      },
      changes: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: {
          id: true,
          field: true,
          fromValue: true,
          toValue: true,
          reason: true,
          reasonLang: true,
          actorName: true,
          actorRole: true,
          actorOrganization: true,
          occurredOn: true,
          createdAt: true,
          milestone: { select: { titleFr: true, titleAr: true } },
          approvedBySession: { select: { number: true, body: { select: { kind: true } } } },
          source: { select: sourceSelect },
        },
      },
      // Session pages (/sessions/N) are CIGOV's; other committees' sessions have none yet.
      reviews: {
        where: { session: { body: { kind: "CIGOV" } } },
        orderBy: { session: { number: "asc" } },
        select: { noteFr: true, noteAr: true, session: { select: { number: true, heldOn: true } } },
      },
      launches: {
        where: { session: { body: { kind: "CIGOV" } } },
        select: { launchedOn: true, noteFr: true, noteAr: true, session: { select: { number: true, heldOn: true } } },
      },
      news: {
        where: { news: publicNewsWhere() },
        orderBy: { news: { publishedAt: "desc" } },
        select: { news: { select: { slug: true, titleFr: true, titleAr: true, publishedAt: true } } },
      },
      indicators: { select: { slug: true, titleFr: true, titleAr: true } },
    },
  });
  return project;
}

export type ProjectPageData = NonNullable<Awaited<ReturnType<typeof findProjectPage>>>;
