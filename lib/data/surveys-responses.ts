import "server-only";
import { Prisma } from "../generated/prisma/client";
import type { ResponseChannel } from "../generated/prisma/enums";
import { judgeSubmission, secondsUntilNextWindow, SURVEY_RATE_LIMIT, SURVEY_RATE_SCOPE, windowStartOf, type SurveyRateLimit } from "../surveys/rate-limit-policy";
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
  /** The survey's version the answers were validated against, when it came from a cache. */
  expectedVersion?: number;
  now?: Date;
  limit?: SurveyRateLimit;
};

export type RecordResponseOutcome =
  | { outcome: "created"; isFlagged: boolean }
  | { outcome: "duplicate" }
  | { outcome: "closed" }
  /** The survey changed since the copy the answers were validated against: nothing stored. */
  | { outcome: "stale" }
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
 * One call of egov_record_survey_response (migration 20261123070000_survey_record_response),
 * so one round trip, one statement and one commit per submission; a PL/pgSQL function
 * rather than one statement of data-modifying CTEs because PostgreSQL keeps its plans:
 * - Window: the survey is read at `now`; outside its window nothing is written, not even a
 *   rate-limit count.
 * - Version: with `expectedVersion` (the rules came from a cached copy of the survey, see
 *   surveys-submission.ts), a survey changed since is "stale" and nothing is written.
 * - Rate limit per address: the RateLimitCounter upsert (lib/rate-limit.ts's shape), in the
 *   same transaction, so it holds across app instances; a refused duplicate still counts
 *   towards the limit, and the response's burst flag comes from the count.
 * - One response per respondent: ON CONFLICT on UNIQUE(surveyId, respondentKey) DO NOTHING.
 *   There is no check-then-insert: a concurrent insert with the same key waits for the
 *   first to commit, then inserts nothing, so 50 parallel submits store exactly one.
 * - Atomic: the response and all its answers, or nothing.
 * - Triggers update the results' tallies in the same transaction (docs/surveys.md).
 */
export async function recordSurveyResponse(input: RecordResponseInput): Promise<RecordResponseOutcome> {
  const now = input.now ?? new Date();
  const limit = input.limit ?? SURVEY_RATE_LIMIT;
  const rows = answerRows(input.answers);
  const [row] = await db.$queryRaw<{ version: number | null; count: number | null; response_id: bigint | null; is_flagged: boolean | null }[]>(Prisma.sql`
    SELECT version, count, response_id, is_flagged FROM egov_record_survey_response(
      ${input.surveyId}::int, ${input.expectedVersion ?? null}::int, ${input.respondentKey}::text, ${input.networkKey}::text,
      ${input.channel}::"ResponseChannel", ${now}::timestamp(3), ${SURVEY_RATE_SCOPE}::text, ${windowStartOf(now, limit.windowSeconds)}::timestamp(3),
      ${limit.flagAfter}::int, ${limit.maxPerWindow}::int,
      ${rows.questionIds}::int[], ${rows.optionIds}::int[], ${rows.ratings}::int[], ${rows.texts}::text[], ${rows.moderation}::text[])`);
  if (row?.version === null || row?.version === undefined) return { outcome: "closed" };
  if (input.expectedVersion !== undefined && row.version !== input.expectedVersion) return { outcome: "stale" };
  if (row.count !== null && judgeSubmission(row.count, limit).isRefused) {
    return { outcome: "rate_limited", retryAfterSeconds: secondsUntilNextWindow(now, limit.windowSeconds) };
  }
  if (row.count === 1) pruneOldCountersNowAndThen(now);
  if (row.response_id === null) return { outcome: "duplicate" };
  foldTalliesNowAndThen();
  return { outcome: "created", isFlagged: row.is_flagged === true };
}

/**
 * Moves the pending tally deltas into the tallies (egov_fold_survey_tallies, migration
 * 20261123060000_survey_tally_deltas) and returns how many delta rows it folded (0 when
 * another fold is running). Counts read as tally + deltas are the same before and after:
 * folding only keeps the delta tables small.
 */
export async function foldSurveyTallies(): Promise<number> {
  const [row] = await db.$queryRaw<{ folded: number }[]>`SELECT egov_fold_survey_tallies() AS folded`;
  return row?.folded ?? 0;
}

// A stored response folds the deltas at most every FOLD_INTERVAL_MS per process: a few
// thousand delta rows at a time under load, and results pages sum only what is pending.
const FOLD_INTERVAL_MS = 2_000;
let lastFoldAt = 0;
let foldInFlight: Promise<void> | null = null;

function foldTalliesNowAndThen(): void {
  const now = Date.now();
  if (foldInFlight || now - lastFoldAt < FOLD_INTERVAL_MS) return;
  lastFoldAt = now;
  foldInFlight = foldSurveyTallies()
    .then(() => {})
    .catch((error: unknown) => console.error("[surveys] folding the tallies failed (the deltas stay, counts stay exact):", error))
    .finally(() => (foldInFlight = null));
}

/** Resolves once the fold a submission started in this process, if any, has finished. */
export async function settleTallyFold(): Promise<void> {
  await foldInFlight;
}

// Counters older than a day are of no use to any window. Pruned by a submission that opens
// an address's window, at most once per window per process: when most addresses are new
// (the usual case), pruning at every first submission from an address cost one more
// statement for nearly every submission.
let lastPruneAt = 0;

function pruneOldCountersNowAndThen(now: Date): void {
  if (now.getTime() - lastPruneAt < SURVEY_RATE_LIMIT.windowSeconds * 1000) return;
  lastPruneAt = now.getTime();
  void pruneOldCounters(now);
}

/** Counters older than a day are of no use to any window; only this feature's scope is touched. */
async function pruneOldCounters(now: Date): Promise<void> {
  try {
    await db.rateLimitCounter.deleteMany({ where: { scope: SURVEY_RATE_SCOPE, windowStart: { lt: new Date(now.getTime() - 86_400_000) } } });
  } catch (error) {
    console.error("[surveys] pruning rate-limit counters failed:", error);
  }
}
