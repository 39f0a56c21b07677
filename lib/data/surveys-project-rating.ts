import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";

export type ProjectSurveyRating = { mean: number; count: number; surveys: { slug: string; titleFr: string; titleAr: string | null }[] };

/**
 * A project's relevance rating from surveys: the mean and number of the 1-5 ratings given
 * to it (PROJECT_RATING questions) in surveys whose results are published (the rule of
 * publishedResultsWhere), with those surveys. Null when there is none. One query, on the
 * tallies PostgreSQL keeps (SurveyAnswerTally and its pending deltas): a few rows per
 * question however many people answered.
 */
export async function findProjectSurveyRating(projectId: number, now: Date): Promise<ProjectSurveyRating | null> {
  const rows = await db.$queryRaw<{ count: number; mean: number | null; surveys: ProjectSurveyRating["surveys"] }[]>(Prisma.sql`
    WITH rated AS (
      SELECT s.slug, s."titleFr", s."titleAr", s."resultsPublishedAt", t.rating, t.count
      FROM "SurveyQuestion" q
      JOIN "Survey" s ON s.id = q."surveyId"
      -- Folded counts plus pending deltas (migration 20261123060000_survey_tally_deltas).
      JOIN (SELECT "questionId", rating, count FROM "SurveyAnswerTally" WHERE rating > 0
            UNION ALL
            SELECT "questionId", rating, count FROM "SurveyAnswerTallyDelta" WHERE rating > 0) t ON t."questionId" = q.id
      WHERE q."projectId" = ${projectId} AND q.kind = 'PROJECT_RATING'
        AND s."opensAt" IS NOT NULL AND s."resultsPublishedAt" <= ${now}
    )
    SELECT COALESCE(sum(count), 0)::int AS count,
           sum(rating * count)::float8 / NULLIF(sum(count), 0) AS mean,
           COALESCE((SELECT json_agg(json_build_object('slug', slug, 'titleFr', "titleFr", 'titleAr', "titleAr") ORDER BY "resultsPublishedAt" DESC)
                     FROM (SELECT DISTINCT slug, "titleFr", "titleAr", "resultsPublishedAt" FROM rated) d), '[]'::json) AS surveys
    FROM rated`);
  const row = rows[0];
  if (!row || row.count === 0 || row.mean === null) return null;
  return { mean: row.mean, count: row.count, surveys: row.surveys };
}
