import type { QuestionKind } from "../generated/prisma/enums";
import { pickText, type LocalizedText } from "../i18n/localized";
import type { Locale } from "../i18n/routing";
import { DEFAULT_TEXT_MAX_LENGTH, RATING_MAX, RATING_MIN } from "../validation/survey-response";

type Translate = (key: string, values?: Record<string, string | number>) => string;

type QuestionSource = {
  id: number;
  kind: QuestionKind;
  promptFr: string;
  promptAr: string | null;
  helpFr: string | null;
  helpAr: string | null;
  isRequired: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  maxLength: number | null;
  project: { slug: string; titleFr: string; titleAr: string | null } | null;
  options: { id: number; labelFr: string; labelAr: string | null }[];
};

/** One question as the (client) form renders it: texts already picked and translated on the server. */
export type FormQuestion = {
  id: number;
  number: number;
  kind: QuestionKind;
  isRequired: boolean;
  prompt: LocalizedText;
  help: LocalizedText | null;
  hint: string | null;
  maxLength: number | null;
  project: { title: LocalizedText; href: string } | null;
  options: { id: number; label: LocalizedText }[];
  ratings: number[];
};

/** The id of a question's first control: where the error summary's link leads. */
export function firstControlId(question: Pick<FormQuestion, "id" | "kind" | "options">): string {
  if (question.kind === "FREE_TEXT") return `q${question.id}-text`;
  if (question.kind === "RATING" || question.kind === "PROJECT_RATING") return `q${question.id}-r${RATING_MIN}`;
  return `q${question.id}-o${question.options[0]?.id ?? 0}`;
}

function hintOf(q: QuestionSource, t: Translate): string | null {
  switch (q.kind) {
    case "SINGLE_CHOICE":
      return t("form.chooseOne");
    case "MULTIPLE_CHOICE": {
      const min = Math.max(1, q.minChoices ?? 1);
      const max = Math.min(q.options.length, q.maxChoices ?? q.options.length);
      if (min > 1) return t("form.chooseRange", { min, max });
      return max < q.options.length ? t("form.chooseUpTo", { max }) : t("form.chooseAny");
    }
    case "RATING":
    case "PROJECT_RATING":
      // The question's own help usually says what 1 and 5 mean; else a generic scale.
      return q.helpFr ? null : t("form.ratingScale");
    case "FREE_TEXT":
      return t("form.maxLength", { max: q.maxLength ?? DEFAULT_TEXT_MAX_LENGTH });
  }
}

export function toFormQuestions(questions: readonly QuestionSource[], locale: Locale, t: Translate): FormQuestion[] {
  const ratings = Array.from({ length: RATING_MAX - RATING_MIN + 1 }, (_, i) => RATING_MIN + i);
  return questions.map((q, index) => ({
    id: q.id,
    number: index + 1,
    kind: q.kind,
    isRequired: q.isRequired,
    prompt: pickText(locale, q.promptFr, q.promptAr),
    help: q.helpFr ? pickText(locale, q.helpFr, q.helpAr) : null,
    hint: hintOf(q, t),
    maxLength: q.kind === "FREE_TEXT" ? (q.maxLength ?? DEFAULT_TEXT_MAX_LENGTH) : null,
    project: q.project ? { title: pickText(locale, q.project.titleFr, q.project.titleAr), href: `/${locale}/projects/${q.project.slug}` } : null,
    options: q.options.map((o) => ({ id: o.id, label: pickText(locale, o.labelFr, o.labelAr) })),
    ratings,
  }));
}
