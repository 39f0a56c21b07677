import "server-only";
import { findCachedSurveyForSubmission } from "../data/surveys-submission";
import { isLocale, type Locale } from "../i18n/routing";
import { apiError, apiJson, handleSurveyApi, readJsonBody } from "./api-http";
import { issueMessage, surveyTranslator } from "./issue-messages";
import { surveyNetworkKey } from "./network-key";
import { respondentTokenKey } from "./respondent-key";
import { createRespondentToken, signRespondentToken, verifyRespondentToken } from "./respondent-token";
import { submitSurveyResponseToCopy } from "./submit";

/** The header that carries a respondent's token between submissions (documented on /open-data). */
const TOKEN_HEADER = "X-Respondent-Token";

/**
 * POST /api/v1/surveys/{id}/responses: one response (JSON), with the web form's validation
 * and de-duplication, channel API. 201 created, 409 already answered with this token, 410
 * outside the survey's window, 422 invalid answers (per question), 429 rate limited, 400 /
 * 413 / 415 for the body.
 *
 * Plain Request → Response with no Next API, so the same function answers in Next's route
 * (app/api/v1/surveys/[id]/responses) and directly in server.mjs (lib/http/direct-routes.ts),
 * which spares this write-heavy route Next's request handling (docs/surveys.md).
 */
export function answerSurveySubmission(request: Request, rawId: string): Promise<Response> {
  return handleSurveyApi("POST /api/v1/surveys/{id}/responses", async () => {
    const id = /^[1-9]\d{0,8}$/.test(rawId) ? Number(rawId) : null;
    // A per-process copy of the survey: the insert checks it against the database (lib/surveys/submit.ts).
    const cached = id ? await findCachedSurveyForSubmission(id) : null;
    if (!cached) return apiError(404, "not_found", "No such survey.");

    const body = await readJsonBody(request);
    if (!body.ok) return body.response;

    // Security: only tokens this portal issued (signed) are accepted; a client without one gets a new one.
    const given = request.headers.get(TOKEN_HEADER);
    const key = respondentTokenKey();
    const token = given === null ? createRespondentToken() : verifyRespondentToken(given, key);
    if (!token) return apiError(400, "invalid_respondent_token", `${TOKEN_HEADER} is not a token issued by this portal; omit it to get a new one.`);

    const lang = new URL(request.url).searchParams.get("lang") ?? "fr";
    const locale: Locale = isLocale(lang) ? lang : "fr";
    const submitted = await submitSurveyResponseToCopy(cached, { body: body.value, token, networkKey: surveyNetworkKey(request.headers), channel: "API" });
    if (!submitted) return apiError(404, "not_found", "No such survey.");
    const { survey, result } = submitted;
    switch (result.status) {
      case "created":
      case "ignored": {
        const signed = signRespondentToken(token, key);
        return apiJson(201, { data: { surveyId: survey.id, status: "created" }, respondentToken: signed }, { [TOKEN_HEADER]: signed });
      }
      case "duplicate":
        return apiError(409, "already_answered", "This respondent has already answered this survey.");
      case "closed":
        return result.phase === "closed"
          ? apiError(410, "survey_closed", "This survey is closed.", { closesAt: survey.closesAt?.toISOString() ?? null })
          : apiError(410, "survey_not_open", "This survey is not open yet.", { opensAt: survey.opensAt?.toISOString() ?? null });
      case "rate_limited":
        return apiError(429, "rate_limited", "Too many responses from this network address; try again later.", {}, { "Retry-After": String(result.retryAfterSeconds) });
      case "invalid": {
        const t = surveyTranslator(locale);
        const fields = Object.fromEntries(result.issues.map((issue) => [issue.key, { code: issue.code, message: issueMessage(t, issue) }]));
        return apiError(422, "invalid_answers", "Some answers are missing or invalid; see fields.", { fields });
      }
    }
  });
}
