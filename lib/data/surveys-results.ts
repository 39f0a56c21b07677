import "server-only";
import { Prisma } from "../generated/prisma/client";
import { PORTAL_TIME_ZONE } from "../dates";
import { areResultsPublished } from "../surveys/lifecycle";
import { foldHoursIntoDays, summarizeRatings, type DayCount, type RatingSummary } from "../surveys/results";
import { db } from "../db";
import { findPublicSurveyBySlug, type PublicQuestion, type PublicSurvey } from "./surveys";

/** Approved comments shown per free-text question (the latest ones); the count says how many exist. */
export const TEXTS_SHOWN = 20;

export type QuestionResult =
  | { question: PublicQuestion; kind: "choice"; answered: number; options: { id: number; count: number }[] }
  | { question: PublicQuestion; kind: "rating"; ratings: RatingSummary }
  | { question: PublicQuestion; kind: "text"; received: number; approved: number; texts: { id: string; text: string }[] };

export type SurveyResults = {
  survey: PublicSurvey;
  responses: number;
  days: DayCount[];
  questions: QuestionResult[];
};

const ids = (questions: PublicQuestion[], ...kinds: PublicQuestion["kind"][]) => questions.filter((q) => kinds.includes(q.kind)).map((q) => q.id);

/**
 * A published survey's results. Option and rating counts and responses per hour come from
 * the tallies PostgreSQL keeps with every insert (SurveyAnswerTally, SurveyResponseHour and
 * their pending deltas: migrations 20261123020000_survey_tallies and
 * 20261123060000_survey_tally_deltas), so the page reads a few dozen rows (plus the deltas
 * of the last seconds) whatever the number of responses; approved free text is counted
 * live (moderation changes it) through the (questionId, optionId) index. Four queries, in
 * parallel after the survey itself. Measured on a million responses in docs/surveys.md.
 */
export async function findSurveyResults(slug: string, now: Date): Promise<SurveyResults | null> {
  const survey = await findPublicSurveyBySlug(slug);
  if (!survey || !areResultsPublished(survey, now)) return null;
  const questions = survey.questions;
  const textIds = ids(questions, "FREE_TEXT");
  const questionIds = questions.map((q) => q.id);
  const none = Promise.resolve([]);

  const [tallies, textRows, texts, hourRows] = await Promise.all([
    // Folded counts plus pending deltas, in one statement (one snapshot): exact at any time.
    db.$queryRaw<{ questionId: number; optionId: number; rating: number; count: number }[]>(Prisma.sql`
      SELECT "questionId", "optionId", rating, sum(count)::int AS count FROM (
        SELECT "questionId", "optionId", rating, count FROM "SurveyAnswerTally" WHERE "questionId" = ANY(${questionIds}::int[])
        UNION ALL
        SELECT "questionId", "optionId", rating, count FROM "SurveyAnswerTallyDelta" WHERE "questionId" = ANY(${questionIds}::int[])
      ) t
      GROUP BY 1, 2, 3`),
    textIds.length
      ? db.$queryRaw<{ questionId: number; approved: number }[]>(Prisma.sql`
          SELECT "questionId", count(*)::int AS approved FROM "SurveyAnswer"
          WHERE "questionId" = ANY(${textIds}::int[]) AND "optionId" IS NULL AND "moderationStatus" = 'APPROVED'
          GROUP BY 1`)
      : none,
    textIds.length
      ? db.$queryRaw<{ questionId: number; id: bigint; text: string }[]>(Prisma.sql`
          SELECT q.id AS "questionId", t.id, t.text
          FROM unnest(${textIds}::int[]) AS q(id)
          CROSS JOIN LATERAL (
            SELECT a.id, a.text FROM "SurveyAnswer" a
            WHERE a."questionId" = q.id AND a."moderationStatus" = 'APPROVED'
            ORDER BY a.id DESC LIMIT ${TEXTS_SHOWN}
          ) t`)
      : none,
    // Hours in UTC, folded into the portal's days in JS (see foldHoursIntoDays).
    db.$queryRaw<{ hour: Date; count: number }[]>(Prisma.sql`
      SELECT hour, sum(count)::int AS count FROM (
        SELECT hour, count FROM "SurveyResponseHour" WHERE "surveyId" = ${survey.id}
        UNION ALL
        SELECT hour, count FROM "SurveyResponseHourDelta" WHERE "surveyId" = ${survey.id}
      ) h
      GROUP BY 1 HAVING sum(count) > 0`),
  ]);
  const optionRows = tallies.filter((t) => t.optionId !== 0);
  const ratingRows = tallies.filter((t) => t.rating !== 0);
  const answeredBy = (questionId: number) => tallies.find((t) => t.questionId === questionId && t.optionId === 0 && t.rating === 0)?.count ?? 0;

  const days = foldHoursIntoDays(hourRows, PORTAL_TIME_ZONE);
  const responses = hourRows.reduce((n, r) => n + r.count, 0);
  const results: QuestionResult[] = questions.map((question) => {
    if (question.kind === "RATING" || question.kind === "PROJECT_RATING") {
      return { question, kind: "rating", ratings: summarizeRatings(ratingRows.filter((r) => r.questionId === question.id)) };
    }
    if (question.kind === "FREE_TEXT") {
      return {
        question,
        kind: "text",
        received: answeredBy(question.id),
        approved: textRows.find((r) => r.questionId === question.id)?.approved ?? 0,
        texts: texts.filter((t) => t.questionId === question.id).map((t) => ({ id: String(t.id), text: t.text })),
      };
    }
    const options = question.options.map((o) => ({ id: o.id, count: optionRows.find((r) => r.optionId === o.id && r.questionId === question.id)?.count ?? 0 }));
    return { question, kind: "choice", answered: answeredBy(question.id), options };
  });
  return { survey, responses, days, questions: results };
}
