import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";

// The space's threads linked to a project or a session, for their public pages. Those pages
// are the same for every visitor, so this reads as the anonymous public reads: public
// categories only, whoever is signed in. That keeps them cacheable and unable to leak a
// restricted thread (the same rule as listedThreadWhere(null) in space-access.ts).

export type LinkedThread = { id: number; title: string; lastPostAt: Date; postCount: number };

/**
 * One query: the latest linked threads with their visible posts counted per thread (an
 * index lookup each, not an aggregate over every post), and the total by a window count.
 */
async function findLinked(link: Prisma.Sql, limit: number): Promise<{ threads: LinkedThread[]; total: number }> {
  const rows = await db.$queryRaw<Array<LinkedThread & { total: number }>>`
    SELECT t."id", t."title", t."lastPostAt",
           (SELECT count(*)::int FROM "Post" p WHERE p."threadId" = t."id" AND p."status" = 'VISIBLE') AS "postCount",
           count(*) OVER ()::int AS "total"
    FROM "Thread" t JOIN "DiscussionCategory" c ON c."id" = t."categoryId"
    WHERE ${link} AND t."status" = 'VISIBLE' AND c."isPublic"
    ORDER BY t."lastPostAt" DESC, t."id" DESC
    LIMIT ${limit}`;
  return { threads: rows.map(({ total: _total, ...thread }) => thread), total: rows[0]?.total ?? 0 };
}

export function findPublicThreadsForProject(projectId: number, limit = 5) {
  return findLinked(Prisma.sql`t."projectId" = ${projectId}`, limit);
}

/** By the CIGOV session's number, the key of its public page. */
export function findPublicThreadsForSession(sessionNumber: number, limit = 5) {
  return findLinked(
    Prisma.sql`t."sessionId" IN (SELECT s."id" FROM "CommitteeSession" s JOIN "GovernanceBody" b ON b."id" = s."bodyId" WHERE s."number" = ${sessionNumber} AND b."kind" = 'CIGOV')`,
    limit,
  );
}
