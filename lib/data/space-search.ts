import "server-only";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { canReadRestricted, type Reader } from "./space-access";

export const SEARCH_PAGE_SIZE = 20;

export type SearchHit = {
  postId: number;
  threadId: number;
  threadTitle: string;
  body: string;
  createdAt: Date;
  authorName: string;
  categorySlug: string;
  categoryTitleFr: string;
  categoryTitleAr: string | null;
};

/**
 * Full-text search over the posts and thread titles this reader may read: visible posts in
 * visible threads, in public categories (and restricted ones for staff). Accent-insensitive
 * in French (stemmed) and tolerant of Arabic spelling variants, through the generated
 * vectors of migration 20261123040000_space. A thread whose title matches is found by its
 * opening post.
 */
export async function searchSpace(reader: Reader, q: string, page: number): Promise<{ total: number; hits: SearchHit[] }> {
  if (q.trim() === "") return { total: 0, hits: [] };
  const restricted = canReadRestricted(reader);
  const from = Prisma.sql`
    FROM "Post" p
    JOIN "Thread" t ON t."id" = p."threadId"
    JOIN "DiscussionCategory" c ON c."id" = t."categoryId"
    JOIN "User" u ON u."id" = p."authorId"
    CROSS JOIN (SELECT websearch_to_tsquery('french', egov_normalize(${q})) AS fr, websearch_to_tsquery('simple', egov_normalize(${q})) AS si) q
    WHERE p."status" = 'VISIBLE' AND t."status" = 'VISIBLE' AND (c."isPublic" OR ${restricted})
      AND (p."searchVector" @@ q.fr OR p."searchVector" @@ q.si
           OR ((t."searchVector" @@ q.fr OR t."searchVector" @@ q.si) AND p."parentId" IS NULL
               AND NOT EXISTS (SELECT 1 FROM "Post" e WHERE e."threadId" = p."threadId" AND e."parentId" IS NULL AND e."id" < p."id")))`;
  const [counted, hits] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" ${from}`,
    db.$queryRaw<SearchHit[]>`
      SELECT p."id" AS "postId", t."id" AS "threadId", t."title" AS "threadTitle", p."body", p."createdAt", u."name" AS "authorName",
             c."slug" AS "categorySlug", c."titleFr" AS "categoryTitleFr", c."titleAr" AS "categoryTitleAr"
      ${from}
      ORDER BY ts_rank(p."searchVector", q.fr || q.si) + ts_rank(t."searchVector", q.fr || q.si) DESC, p."id" DESC
      LIMIT ${SEARCH_PAGE_SIZE} OFFSET ${(page - 1) * SEARCH_PAGE_SIZE}`,
  ]);
  return { total: counted[0]?.total ?? 0, hits };
}
