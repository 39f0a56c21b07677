/**
 * Per network address (a salted hash of it), counted in PostgreSQL in fixed windows, so the
 * limit holds across app instances. The numbers are deliberately generous: a cybercafé, a
 * school room or an office answers from one address, and each of its people must be able
 * to answer. 60 valid submissions in 10 minutes from one address is a classroom of 30 with
 * room to spare, yet caps a script at 360 an hour; from the 11th in a window, responses are
 * still stored and counted but flagged, so staff can look at the burst.
 */
export type SurveyRateLimit = { windowSeconds: number; maxPerWindow: number; flagAfter: number };

export const SURVEY_RATE_LIMIT: SurveyRateLimit = { windowSeconds: 600, maxPerWindow: 60, flagAfter: 10 };

export const SURVEY_RATE_SCOPE = "survey-response";

/** What the n-th submission of a window gets: refused past the limit, flagged past the burst line. */
export function judgeSubmission(countInWindow: number, limit: SurveyRateLimit = SURVEY_RATE_LIMIT): { isRefused: boolean; isFlagged: boolean } {
  return { isRefused: countInWindow > limit.maxPerWindow, isFlagged: countInWindow > limit.flagAfter };
}

export function windowStartOf(now: Date, windowSeconds: number): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

/** Seconds until the current window ends: the Retry-After of a refused submission. */
export function secondsUntilNextWindow(now: Date, windowSeconds: number): number {
  const end = windowStartOf(now, windowSeconds).getTime() + windowSeconds * 1000;
  return Math.max(1, Math.ceil((end - now.getTime()) / 1000));
}
