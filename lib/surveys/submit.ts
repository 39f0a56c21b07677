import "server-only";
import type { ResponseChannel } from "../generated/prisma/enums";
import type { PublicSurvey } from "../data/surveys";
import { recordSurveyResponse } from "../data/surveys-responses";
import { findSurveyForSubmission, type SubmissionSurvey } from "../data/surveys-submission";
import { answerIssuesOf, questionRulesOf, surveyResponseSchema, type AnswerIssue, type QuestionRules } from "../validation/survey-response";
import { surveyPhase, type SurveyPhase } from "./lifecycle";
import type { SurveyRateLimit } from "./rate-limit-policy";
import { respondentKeyOf } from "./respondent-token";

/** What a submission needs of its survey: a PublicSurvey (web form) or a SubmissionSurvey (API). */
export type SubmittableSurvey = Pick<PublicSurvey, "id" | "opensAt" | "closesAt"> & {
  questions: readonly (Omit<QuestionRules, "optionIds"> & { options: readonly { id: number }[] })[];
  /** Given when the survey is a cached copy: the insert then stores nothing if the survey changed since. */
  version?: number;
};

export type SubmitInput = {
  survey: SubmittableSurvey;
  /** `{ answers: { "<questionId>": value } }`, from the form or the API. */
  body: unknown;
  /** The hidden honeypot field's value (web form only). */
  honeypot?: string | null;
  /** The verified respondent token (never stored; only its per-survey hash is). */
  token: string;
  networkKey: string | null;
  channel: ResponseChannel;
  now?: Date;
  limit?: SurveyRateLimit;
};

export type SubmitResult =
  | { status: "created" }
  | { status: "ignored" }
  | { status: "duplicate" }
  | { status: "closed"; phase: Exclude<SurveyPhase, "open"> }
  | { status: "invalid"; issues: AnswerIssue[] }
  | { status: "rate_limited"; retryAfterSeconds: number };

// The answers' schema, built once per survey copy (the questions array is the key) rather
// than on every submission.
const schemas = new WeakMap<object, ReturnType<typeof surveyResponseSchema>>();

function schemaOf(survey: SubmittableSurvey) {
  let schema = schemas.get(survey.questions);
  if (!schema) {
    schema = surveyResponseSchema(questionRulesOf(survey.questions));
    schemas.set(survey.questions, schema);
  }
  return schema;
}

async function attemptSubmission(input: SubmitInput): Promise<SubmitResult | { status: "stale" }> {
  const now = input.now ?? new Date();
  const phase = surveyPhase(input.survey, now);
  if (phase !== "open") return { status: "closed", phase };
  // Security: a filled honeypot is a naive bot. It is told "thank you" (so it learns nothing)
  // and nothing is stored, not even a rate-limit count.
  if (input.honeypot) return { status: "ignored" };
  const parsed = schemaOf(input.survey).safeParse(input.body);
  if (!parsed.success) return { status: "invalid", issues: answerIssuesOf(parsed.error) };
  const result = await recordSurveyResponse({
    surveyId: input.survey.id,
    respondentKey: respondentKeyOf(input.token, input.survey.id),
    networkKey: input.networkKey,
    channel: input.channel,
    answers: parsed.data,
    expectedVersion: input.survey.version,
    now,
    limit: input.limit,
  });
  switch (result.outcome) {
    case "created":
      return { status: "created" };
    case "duplicate":
      return { status: "duplicate" };
    case "rate_limited":
      return { status: "rate_limited", retryAfterSeconds: result.retryAfterSeconds };
    case "stale":
      return { status: "stale" };
    case "closed":
      // Closed between reading the survey and storing the answers.
      return { status: "closed", phase: "closed" };
  }
}

/**
 * One submission, from either channel: window, honeypot, validation, then one data-layer
 * call (one SQL statement). The web form and the API differ only in how they read the
 * body, the token and the survey.
 */
export async function submitSurveyResponse(input: SubmitInput): Promise<SubmitResult> {
  const result = await attemptSubmission(input);
  // Only a cached copy (one with a version) can be stale; say "closed" rather than store
  // answers checked against questions that may have changed.
  return result.status === "stale" ? { status: "closed", phase: "closed" } : result;
}

/**
 * The API's submission, to a per-process copy of the survey (findCachedSurveyForSubmission)
 * whose version the insert checks against the database. Any answer other than stored,
 * already answered or rate limited (closed, not open, invalid, stale) may come from an
 * outdated copy, so it is decided again on a fresh read. A refused attempt writes nothing
 * (not even a rate-limit count), so the second one cannot count twice. Null: the survey is
 * no longer public.
 */
export async function submitSurveyResponseToCopy(
  copy: SubmissionSurvey,
  input: Omit<SubmitInput, "survey">,
): Promise<{ survey: SubmissionSurvey; result: SubmitResult } | null> {
  const first = await attemptSubmission({ ...input, survey: copy });
  if (first.status === "created" || first.status === "duplicate" || first.status === "rate_limited" || first.status === "ignored") return { survey: copy, result: first };
  const fresh = await findSurveyForSubmission(copy.id);
  if (!fresh) return null;
  // Without a version, as the web form: the insert still checks the window at that instant.
  return { survey: fresh, result: await submitSurveyResponse({ ...input, survey: { ...fresh, version: undefined } }) };
}
