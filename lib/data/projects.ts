import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { ProjectKind, ProjectStatus } from "../generated/prisma/enums";
import { editedWithin, rememberBriefly } from "../cache/brief-results";
import { db, readReplicaDb } from "../db";
import type { RoadmapFilters } from "../validation/roadmap";

export type ProjectListItem = {
  slug: string;
  code: string;
  titleFr: string;
  titleAr: string | null;
  kind: ProjectKind;
  status: ProjectStatus;
  progress: number;
  isFlagship: boolean;
  isLate: boolean;
  plannedStartOn: Date | null;
  plannedEndOn: Date | null;
  actualStartOn: Date | null;
  actualEndOn: Date | null;
  baselineEndOn: Date | null;
  updatedAt: Date;
  organizationSlug: string;
  organizationNameFr: string;
  organizationNameAr: string | null;
  organizationAcronym: string | null;
  axisSlug: string | null;
  axisTitleFr: string | null;
  axisTitleAr: string | null;
};

export type ProjectPage = { items: ProjectListItem[]; total: number; page: number; pageCount: number };

/** "Late": the planned end has passed and the project is not in service (nor cancelled). */
export function lateCondition(today: Date): Prisma.Sql {
  // The day as text: a Date parameter would be read in the server's time zone.
  const day = today.toISOString().slice(0, 10);
  return Prisma.sql`(p."plannedEndOn" < ${day}::date AND p."status" NOT IN ('OPERATIONAL', 'CANCELLED'))`;
}

/**
 * The same normalisation as the indexed column (migration 20261122010000_project_search):
 * accents and Arabic diacritics/letter variants removed, so "etat civil" finds "état civil".
 */
function searchCondition(q: string): Prisma.Sql {
  return Prisma.sql`(p."searchVector" @@ websearch_to_tsquery('french', egov_normalize(${q}))
                  OR p."searchVector" @@ websearch_to_tsquery('simple', egov_normalize(${q})))`;
}

function whereClause(filters: RoadmapFilters, today: Date): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.q) conditions.push(searchCondition(filters.q));
  if (filters.statuses.length) conditions.push(Prisma.sql`p."status"::text IN (${Prisma.join(filters.statuses)})`);
  if (filters.organization) conditions.push(Prisma.sql`o."slug" = ${filters.organization}`);
  if (filters.axis) conditions.push(Prisma.sql`a."slug" = ${filters.axis}`);
  if (filters.kind) conditions.push(Prisma.sql`p."kind"::text = ${filters.kind}`);
  if (filters.isFlagship) conditions.push(Prisma.sql`p."isFlagship"`);
  if (filters.isLate) conditions.push(lateCondition(today));
  return conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
}

function orderClause(filters: RoadmapFilters, locale: "fr" | "ar"): Prisma.Sql {
  const dir = filters.direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const title = locale === "ar" ? Prisma.sql`coalesce(p."titleAr", p."titleFr")` : Prisma.sql`p."titleFr"`;
  switch (filters.sort) {
    case "relevance":
      return Prisma.sql`ORDER BY ts_rank(p."searchVector", websearch_to_tsquery('french', egov_normalize(${filters.q}))
                                              || websearch_to_tsquery('simple', egov_normalize(${filters.q}))) DESC, p."id"`;
    case "status":
      return Prisma.sql`ORDER BY p."status" ${dir}, ${title}, p."id"`;
    case "progress":
      return Prisma.sql`ORDER BY p."progress" ${dir}, ${title}, p."id"`;
    case "plannedEnd":
      return Prisma.sql`ORDER BY p."plannedEndOn" ${dir} NULLS LAST, ${title}, p."id"`;
    case "updated":
      return Prisma.sql`ORDER BY p."updatedAt" ${dir}, p."id"`;
    default:
      return Prisma.sql`ORDER BY ${title} ${dir}, p."id"`;
  }
}

/** Where a read goes: "replica" only for reads rendered per request (lib/db.ts, readReplicaDb). */
export type ReadSource = "primary" | "replica";

/** How long after this instance's edit its replica reads go to the primary: longer than a healthy replica's lag. */
const REPLICA_CATCH_UP_MS = 5_000;

/** One page of the roadmap and the total, in a single query. */
export async function findProjects(filters: RoadmapFilters, locale: "fr" | "ar", today: Date, readFrom: ReadSource = "primary"): Promise<ProjectPage> {
  // Just after an edit made here, the replica may not have it yet: the primary answers, and
  // the editor sees their change on the next request whatever the replica's lag.
  if (readFrom === "replica" && editedWithin(REPLICA_CATCH_UP_MS)) return readProjects(filters, locale, today, db);
  // Per-request public reads of a page's size are shared for a moment (brief-results.ts);
  // the CSV's large batches and every primary read are not. Callers only read the result.
  if (readFrom === "replica" && filters.perPage <= 100) {
    return rememberBriefly(`projects:${locale}:${today.toISOString()}:${JSON.stringify(filters)}`, () => readProjects(filters, locale, today, readReplicaDb));
  }
  return readProjects(filters, locale, today, readFrom === "replica" ? readReplicaDb : db);
}

async function readProjects(filters: RoadmapFilters, locale: "fr" | "ar", today: Date, client: typeof db): Promise<ProjectPage> {
  const offset = (filters.page - 1) * filters.perPage;
  const rows = await client.$queryRaw<Array<ProjectListItem & { total: bigint }>>`
    SELECT p."slug", p."code", p."titleFr", p."titleAr", p."kind", p."status", p."progress", p."isFlagship",
           coalesce(${lateCondition(today)}, false) AS "isLate", -- a project without a planned end is not late (not NULL)
           p."plannedStartOn", p."plannedEndOn", p."actualStartOn", p."actualEndOn", p."baselineEndOn", p."updatedAt",
           o."slug" AS "organizationSlug", o."nameFr" AS "organizationNameFr", o."nameAr" AS "organizationNameAr",
           o."acronym" AS "organizationAcronym",
           a."slug" AS "axisSlug", a."titleFr" AS "axisTitleFr", a."titleAr" AS "axisTitleAr",
           count(*) OVER () AS "total"
    FROM "Project" p
    JOIN "Organization" o ON o."id" = p."ownerOrganizationId"
    LEFT JOIN "Axis" a ON a."id" = p."axisId"
    ${whereClause(filters, today)}
    ${orderClause(filters, locale)}
    LIMIT ${filters.perPage} OFFSET ${offset}`;
  let total = Number(rows[0]?.total ?? 0);
  if (rows.length === 0 && filters.page > 1) {
    // Past the last page: the window count is unknown, so count separately.
    const counted = await client.$queryRaw<Array<{ total: bigint }>>`
      SELECT count(*) AS "total" FROM "Project" p
      JOIN "Organization" o ON o."id" = p."ownerOrganizationId" LEFT JOIN "Axis" a ON a."id" = p."axisId"
      ${whereClause(filters, today)}`;
    total = Number(counted[0]?.total ?? 0);
  }
  const items = rows.map(({ total, ...item }) => item);
  return { items, total, page: filters.page, pageCount: Math.max(1, Math.ceil(total / filters.perPage)) };
}

/** Options for the roadmap's filter form (organisations that own projects, axes). */
export async function findRoadmapFilterOptions() {
  const [organizations, axes] = await Promise.all([
    db.organization.findMany({
      where: { projects: { some: {} } },
      orderBy: { nameFr: "asc" },
      select: { slug: true, nameFr: true, nameAr: true, acronym: true },
    }),
    db.axis.findMany({ orderBy: { position: "asc" }, select: { slug: true, titleFr: true, titleAr: true } }),
  ]);
  return { organizations, axes };
}
