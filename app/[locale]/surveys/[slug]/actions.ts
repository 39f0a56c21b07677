"use server";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { findPublicSurveyBySlug } from "@/lib/data/surveys";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { parseSlug } from "@/lib/route-params";
import { answersFromFormData } from "@/lib/surveys/form-answers";
import { firstControlId, toFormQuestions } from "@/lib/surveys/form-questions";
import type { SurveyFormState } from "@/lib/surveys/form-state";
import { issueMessage } from "@/lib/surveys/issue-messages";
import { surveyNetworkKey } from "@/lib/surveys/network-key";
import { ensureRespondentToken } from "@/lib/surveys/respondent-cookie";
import { submitSurveyResponse, type SubmitResult } from "@/lib/surveys/submit";

/**
 * Submits the survey form (a public endpoint, like every server action): survey and
 * language from the form, the respondent token from the signed cookie (created here when
 * missing), the address's salted hash for the rate limit, then one submission. Stored or
 * already answered: a redirect (303), so a reload never posts twice. Refused: the form
 * comes back with the answers as filled and the reasons, in the user's language.
 */
export async function submitSurveyAction(previous: SurveyFormState, form: FormData): Promise<SurveyFormState> {
  const rawLocale = String(form.get("locale") ?? "");
  const locale: Locale = isLocale(rawLocale) ? rawLocale : "fr";
  const slug = parseSlug(String(form.get("survey") ?? ""));
  const t = await getTranslations({ locale, namespace: "surveys" });
  const attempt = previous.attempt + 1;
  let values: Record<string, string[]> = {};
  let result: SubmitResult;
  let questions: ReturnType<typeof toFormQuestions> = [];
  try {
    const survey = slug ? await findPublicSurveyBySlug(slug) : null;
    if (!survey) return { ...previous, attempt, status: "error", formError: t("form.unexpected"), summary: [] };
    questions = toFormQuestions(survey.questions, locale, t);
    values = answersFromFormData(
      form,
      survey.questions.map((q) => q.id),
    );
    const honeypot = form.get("website");
    result = await submitSurveyResponse({
      survey,
      body: { answers: values },
      honeypot: typeof honeypot === "string" ? honeypot : null,
      token: await ensureRespondentToken(),
      networkKey: surveyNetworkKey(await headers()),
      channel: "WEB",
    });
  } catch (error) {
    // Logged with an id, never with the answers: they may say who the person is.
    console.error(`[surveys] submission failed (request ${randomUUID()}):`, error);
    return { status: "error", attempt, values, fieldErrors: {}, summary: [], formError: t("form.unexpected") };
  }

  switch (result.status) {
    case "created":
    case "ignored":
      redirect(`/${locale}/surveys/${slug}/thanks`);
    case "duplicate":
    case "closed":
      // The survey page says which: "you have already answered" or "this survey is closed".
      redirect(`/${locale}/surveys/${slug}`);
    case "rate_limited":
      return {
        status: "error",
        attempt,
        values,
        fieldErrors: {},
        summary: [],
        formError: t("form.rateLimited", { minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) }),
      };
    case "invalid": {
      const fieldErrors: Record<string, string> = {};
      const summary: SurveyFormState["summary"] = [];
      for (const issue of result.issues) {
        const question = questions.find((q) => q.id === issue.questionId);
        if (!question) continue; // the form only sends the survey's own questions
        const message = issueMessage(t, issue);
        fieldErrors[String(question.id)] = message;
        summary.push({ field: firstControlId(question), message: t("form.summaryItem", { number: question.number, message }) });
      }
      return { status: "invalid", attempt, values, fieldErrors, summary, formError: summary.length ? null : t("form.unexpected") };
    }
  }
}
