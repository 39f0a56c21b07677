import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { ResponseChannel } from "../generated/prisma/enums";
import { countEvent } from "../rate-limit";
import { judgeSubmission, secondsUntilNextWindow, SURVEY_RATE_LIMIT, SURVEY_RATE_SCOPE, type SurveyRateLimit } from "../surveys/rate-limit-policy";
import type { ValidAnswer } from "../validation/survey-response";
import { db } from "../db";

export type RecordResponseInput = {
  surveyId: number;
  /** respondentKeyOf(token, surveyId): never the token itself. */
  respondentKey: string;
  /** Salted hash of the client's address, or null when unknown (then no rate limit applies). */
  networkKey: string | null;
  channel: ResponseChannel;
  answers: readonly ValidAnswer[];
  now?: Date;
  limit?: SurveyRateLimit;
};

export type RecordResponseOutcome =
  | { outcome: "created"; isFlagged: boolean }
  | { outcome: "duplicate" }
  | { outcome: "closed" }
  | { outcome: "rate_limited"; retryAfterSeconds: number };

/** PostgreSQL's unique_violation, however Prisma and the pg adapter wrap it. */
export function isUniqueViolation(error: unknown): boolean {
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 10; seen++) {
    const value = queue.shift() as { code?: unknown; originalCode?: unknown; meta?: { code?: unknown; driverAdapterError?: unknown }; cause?: unknown } | null;
    if (typeof value !== "object" || value === null) continue;
    if (value.code === "P2002" || value.code === "23505" || value.originalCode === "23505" || value.meta?.code === "23505") return true;
    queue.push(value.meta?.driverAdapterError, value.cause);
  }
  return false;
}

/** One row per stored answer: a multiple choice gives one row per chosen option. */
function answerRows(answers: readonly ValidAnswer[]) {
  const rows = { questionIds: [] as number[], optionIds: [] as (number | null)[], ratings: [] as (number | null)[], texts: [] as (string | null)[], moderation: [] as (string | null)[] };
  const push = (questionId: number, optionId: number | null, rating: number | null, text: string | null) => {
    rows.questionIds.push(questionId);
    rows.optionIds.push(optionId);
    rows.ratings.push(rating);
    rows.texts.push(text);
    // Free text waits for a moderator before it can appear in public results.
    rows.moderation.push(text === null ? null : "PENDING");
  };
  for (const answer of answers) {
    if ("optionIds" in answer) for (const optionId of answer.optionIds) push(answer.questionId, optionId, null, null);
    else if ("rating" in answer) push(answer.questionId, null, answer.rating, null);
    else push(answer.questionId, null, null, answer.text);
  }
  return rows;
}

/**
 * Stores one response, or says why not. The answers must have been validated against the
 * survey's questions (surveyResponseSchema).
 *
 * - One response per respondent: the INSERT relies on UNIQUE(surveyId, respondentKey) and a
 *   unique violation means "already answered". There is no check-then-insert, so a double
 *   click, a retry or 50 parallel submits with one token store exactly one response.
 * - Atomic: the response and its answers are one SQL statement (data-modifying CTEs), so
 *   there is no interactive transaction holding a pooled connection, and the open/close
 *   window is checked by that same statement at `now`.
 * - The per-address counter is a separate statement on purpose: a refused duplicate still
 *   counts towards the address's rate limit.
 * - Triggers update the results' tallies within the same statement (docs/surveys.md).
 */
export async function recordSurveyResponse(input: RecordResponseInput): Promise<RecordResponseOutcome> {
  const now = input.now ?? new Date();
  const limit = input.limit ?? SURVEY_RATE_LIMIT;
  let isFlagged = false;
  if (input.networkKey) {
    const count = await countEvent({ scope: SURVEY_RATE_SCOPE, key: input.networkKey, windowSeconds: limit.windowSeconds }, now);
    const judged = judgeSubmission(count, limit);
    if (judged.isRefused) return { outcome: "rate_limited", retryAfterSeconds: secondsUntilNextWindow(now, limit.windowSeconds) };
    isFlagged = judged.isFlagged;
    if (count === 1) void pruneOldCounters(now); // once per address and window: cheap, and enough
  }
  const rows = answerRows(input.answers);
  try {
    const inserted = await db.$queryRaw<{ id: bigint }[]>(Prisma.sql`
      WITH open_survey AS (
        SELECT id FROM "Survey"
        WHERE id = ${input.surveyId} AND "opensAt" <= ${now} AND ("closesAt" IS NULL OR "closesAt" > ${now})
      ), response AS (
        INSERT INTO "SurveyResponse" ("surveyId", "respondentKey", "networkKey", "channel", "isFlagged", "submittedAt")
        SELECT id, ${input.respondentKey}, ${input.networkKey}, ${input.channel}::"ResponseChannel", ${isFlagged}, ${now} FROM open_survey
        RETURNING id
      ), answers AS (
        INSERT INTO "SurveyAnswer" ("responseId", "questionId", "optionId", "rating", "text", "moderationStatus")
        SELECT response.id, a.question_id, a.option_id, a.rating, a.text, a.moderation::"ModerationStatus"
        FROM response
        CROSS JOIN unnest(${rows.questionIds}::int[], ${rows.optionIds}::int[], ${rows.ratings}::int[], ${rows.texts}::text[], ${rows.moderation}::text[])
          AS a(question_id, option_id, rating, text, moderation)
      )
      SELECT id FROM response`);
    return inserted.length === 1 ? { outcome: "created", isFlagged } : { outcome: "closed" };
  } catch (error) {
    if (isUniqueViolation(error)) return { outcome: "duplicate" };
    throw error;
  }
}

/** Counters older than a day are of no use to any window; only this feature's scope is touched. */
async function pruneOldCounters(now: Date): Promise<void> {
  try {
    await db.rateLimitCounter.deleteMany({ where: { scope: SURVEY_RATE_SCOPE, windowStart: { lt: new Date(now.getTime() - 86_400_000) } } });
  } catch (error) {
    console.error("[surveys] pruning rate-limit counters failed:", error);
  }
}
