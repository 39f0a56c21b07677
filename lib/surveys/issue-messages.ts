import { createTranslator } from "next-intl";
import ar from "../../messages/ar/surveys.json";
import fr from "../../messages/fr/surveys.json";
import type { Locale } from "../i18n/routing";
import type { AnswerIssue } from "../validation/survey-response";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The message of a refused answer in the user's language (namespace "surveys", errors.*). */
export function issueMessage(t: Translate, issue: AnswerIssue): string {
  if (issue.code === "required") return t(`errors.required.${String(issue.params.kind ?? "SINGLE_CHOICE")}`);
  return t(`errors.${issue.code}`, issue.params);
}

/** The survey messages outside a page render (API route handlers), from the JSON catalogues. */
export function surveyTranslator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: { surveys: locale === "ar" ? ar : fr }, namespace: "surveys" });
  return (key, values) => t(key as never, values as never);
}
