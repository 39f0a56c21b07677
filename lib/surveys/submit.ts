import "server-only";
import type { ResponseChannel } from "../generated/prisma/enums";
import type { PublicSurvey } from "../data/surveys";
import { questionRulesOf } from "../data/surveys";
import { recordSurveyResponse } from "../data/surveys-responses";
import { answerIssuesOf, surveyResponseSchema, type AnswerIssue } from "../validation/survey-response";
import { surveyPhase, type SurveyPhase } from "./lifecycle";
import type { SurveyRateLimit } from "./rate-limit-policy";
import { respondentKeyOf } from "./respondent-token";

export type SubmitInput = {
  survey: Pick<PublicSurvey, "id" | "opensAt" | "closesAt" | "questions">;
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

/**
 * One submission, from either channel: window, honeypot, validation, then one data-layer
 * call. The web form and the API differ only in how they read the body and the token.
 */
export async function submitSurveyResponse(input: SubmitInput): Promise<SubmitResult> {
  const now = input.now ?? new Date();
  const phase = surveyPhase(input.survey, now);
  if (phase !== "open") return { status: "closed", phase };
  // Security: a filled honeypot is a naive bot. It is told "thank you" (so it learns nothing)
  // and nothing is stored, not even a rate-limit count.
  if (input.honeypot) return { status: "ignored" };
  const parsed = surveyResponseSchema(questionRulesOf(input.survey)).safeParse(input.body);
  if (!parsed.success) return { status: "invalid", issues: answerIssuesOf(parsed.error) };
  const result = await recordSurveyResponse({
    surveyId: input.survey.id,
    respondentKey: respondentKeyOf(input.token, input.survey.id),
    networkKey: input.networkKey,
    channel: input.channel,
    answers: parsed.data,
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
    case "closed":
      // Closed between reading the survey and storing the answers.
      return { status: "closed", phase: "closed" };
  }
}
