-- Collaborative space: moderation state, report resolution, and full-text search over
-- threads and posts (French stemming plus a language-neutral vector for Arabic, both
-- accent-insensitive through egov_normalize() from migration 20261122010000_project_search).

-- AlterTable
ALTER TABLE "Thread" ADD COLUMN "status" "PostStatus" NOT NULL DEFAULT 'VISIBLE';

-- A post's language is not recorded, so both vectors are kept: 'french' stems French words,
-- 'simple' keeps every word as written (Arabic, names, codes).
ALTER TABLE "Thread" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('french', egov_normalize("title")) || to_tsvector('simple', egov_normalize("title"))
) STORED;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN "moderatedAt" TIMESTAMP(3);
ALTER TABLE "Post" ADD COLUMN "moderationNote" TEXT;
ALTER TABLE "Post" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  to_tsvector('french', egov_normalize("body")) || to_tsvector('simple', egov_normalize("body"))
) STORED;

-- AlterTable
ALTER TABLE "PostReport" ADD COLUMN "resolvedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Thread_searchVector_idx" ON "Thread" USING GIN ("searchVector");

-- CreateIndex
CREATE INDEX "Post_parentId_idx" ON "Post"("parentId");

-- CreateIndex
CREATE INDEX "Post_searchVector_idx" ON "Post" USING GIN ("searchVector");

-- A thread's status mirrors its opening post's: threads that already exist take it now.
UPDATE "Thread" t SET "status" = p."status"
FROM (SELECT DISTINCT ON ("threadId") "threadId", "status" FROM "Post" WHERE "parentId" IS NULL ORDER BY "threadId", "id") p
WHERE p."threadId" = t."id";
