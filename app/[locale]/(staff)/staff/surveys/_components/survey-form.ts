import type { z } from "zod";
import type { EditableSurvey } from "@/lib/data/surveys-admin";
import { QuestionKind, SurveyKind } from "@/lib/generated/prisma/enums";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { QuestionDefinition } from "@/lib/validation/survey-definition";
import { bilingualLabels, type StaffTranslator } from "../../_components/content-page";
import { bilingualFields, type FieldSpec, type FormSection } from "../../_components/form-spec";

// The survey forms: a survey's texts, and one question at a time. Several question forms
// share a page, so each one's fields carry a prefix ("q3-promptFr"): ids stay unique.

type Question = EditableSurvey["questions"][number];
type RawQuestion = Omit<QuestionDefinition, "minChoices" | "maxChoices" | "maxLength" | "projectId"> & { minChoices: number | null; maxChoices: number | null; maxLength: number | null; projectId: number | null };

export const SURVEY_FIELDS = ["slug", "kind", "titleFr", "titleAr", "descriptionFr", "descriptionAr"] as const;

export function surveySections(t: StaffTranslator, isCreation: boolean): FormSection[] {
  const both = (key: string) => bilingualLabels(t, t(`surveysAdmin.${key}`));
  return [
    {
      legend: t("surveysAdmin.surveyLegend"),
      fields: [
        { name: "slug", label: t("surveysAdmin.slug"), hint: isCreation ? t("surveysAdmin.slugHint") : t("surveysAdmin.slugLockedHint"), kind: "text", lang: "fr", maxLength: 100 },
        { name: "kind", label: t("surveysAdmin.kind"), kind: "select", options: Object.values(SurveyKind).map((value) => ({ value, label: t(`surveysAdmin.kinds.${value}`) })) },
        ...bilingualFields("title", both("titleLabel"), { maxLength: 200 }),
        ...bilingualFields("description", both("description"), { kind: "textarea", rows: 4, maxLength: 4000 }),
      ],
    },
  ];
}

export function surveyValues(survey: EditableSurvey | null): Record<string, string> {
  if (!survey) return { kind: "SITE_FEEDBACK" };
  return { slug: survey.slug, kind: survey.kind, titleFr: survey.titleFr, titleAr: survey.titleAr ?? "", descriptionFr: survey.descriptionFr, descriptionAr: survey.descriptionAr ?? "" };
}

export function questionFields(t: StaffTranslator, locale: Locale, prefix: string, projects: { id: number; titleFr: string; titleAr: string | null }[]): FieldSpec[] {
  const both = (key: string) => bilingualLabels(t, t(`surveysAdmin.${key}`));
  const [promptFr, promptAr] = bilingualFields(`${prefix}prompt`, both("prompt"), { kind: "textarea", rows: 2, maxLength: 500 });
  return [
    { name: `${prefix}kind`, label: t("surveysAdmin.questionKind"), kind: "select", options: Object.values(QuestionKind).map((value) => ({ value, label: t(`surveysAdmin.questionKinds.${value}`) })) },
    promptFr!,
    promptAr!,
    { name: `${prefix}isRequired`, label: t("surveysAdmin.isRequired"), kind: "checkbox" },
    { name: `${prefix}optionsFr`, label: t("content.inFrench", { label: t("surveysAdmin.options") }), hint: t("surveysAdmin.optionsHint"), kind: "textarea", lang: "fr", rows: 4 },
    { name: `${prefix}optionsAr`, label: t("content.inArabic", { label: t("surveysAdmin.options") }), hint: t("surveysAdmin.optionsArHint"), kind: "textarea", lang: "ar", rows: 4 },
    { name: `${prefix}minChoices`, label: t("surveysAdmin.minChoices"), hint: t("surveysAdmin.choicesHint"), kind: "number" },
    { name: `${prefix}maxChoices`, label: t("surveysAdmin.maxChoices"), kind: "number" },
    { name: `${prefix}maxLength`, label: t("surveysAdmin.maxLength"), hint: t("surveysAdmin.maxLengthHint"), kind: "number" },
    {
      name: `${prefix}projectId`,
      label: t("surveysAdmin.project"),
      hint: t("surveysAdmin.projectHint"),
      kind: "select",
      emptyOption: t("surveysAdmin.noProject"),
      options: projects.map((project) => {
        const text = pickText(locale, project.titleFr, project.titleAr);
        return { value: String(project.id), label: text.text, ...(text.isFallback ? { lang: text.lang } : {}) };
      }),
    },
  ];
}

export function questionValues(prefix: string, question: Question | null): Record<string, string> {
  if (!question) return { [`${prefix}kind`]: "SINGLE_CHOICE", [`${prefix}isRequired`]: "on" };
  const number = (value: number | null) => (value === null ? "" : String(value));
  return {
    [`${prefix}kind`]: question.kind,
    [`${prefix}promptFr`]: question.promptFr,
    [`${prefix}promptAr`]: question.promptAr ?? "",
    [`${prefix}isRequired`]: question.isRequired ? "on" : "",
    [`${prefix}optionsFr`]: question.options.map((o) => o.labelFr).join("\n"),
    [`${prefix}optionsAr`]: question.options.map((o) => o.labelAr ?? "").join("\n"),
    [`${prefix}minChoices`]: number(question.minChoices),
    [`${prefix}maxChoices`]: number(question.maxChoices),
    [`${prefix}maxLength`]: number(question.maxLength),
    [`${prefix}projectId`]: number(question.projectId),
  };
}

/** A stored question as the data layer's input, ids kept (so an opened survey's texts can be corrected in place). */
export function storedQuestion(question: Question): RawQuestion {
  const { id, kind, promptFr, promptAr, helpFr, helpAr, isRequired, minChoices, maxChoices, maxLength, projectId, options } = question;
  return { id, kind, promptFr, promptAr, helpFr, helpAr, isRequired, minChoices, maxChoices, maxLength, projectId, options: options.map((o) => ({ id: o.id, labelFr: o.labelFr, labelAr: o.labelAr })) };
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");
/** Empty is "no limit"; anything else must be a number (zod says so if not). */
const numberOrNull = (value: string) => (value.trim() === "" ? null : /^\d{1,6}$/.test(value.trim()) ? Number(value.trim()) : Number.NaN);
const lines = (value: string) => value.split(/\r?\n/).map((line) => line.trim());

/**
 * One question from its form. Options are one per line, Arabic labels on the same lines as
 * their French ones; a stored question's option ids follow by position, so correcting a
 * label keeps the option (and the answers that chose it).
 */
export function questionFromForm(formData: FormData, prefix: string, stored: Question | null): RawQuestion {
  const fr = lines(text(formData, `${prefix}optionsFr`));
  const ar = lines(text(formData, `${prefix}optionsAr`));
  const options = fr.flatMap((labelFr, i) => (labelFr ? [{ labelFr, labelAr: ar[i] || null }] : [])).map((o, i) => ({ ...o, ...(stored?.options[i] ? { id: stored.options[i]!.id } : {}) }));
  return {
    ...(stored ? { id: stored.id } : {}),
    kind: text(formData, `${prefix}kind`) as QuestionDefinition["kind"],
    promptFr: text(formData, `${prefix}promptFr`),
    promptAr: text(formData, `${prefix}promptAr`),
    helpFr: stored?.helpFr ?? null,
    helpAr: stored?.helpAr ?? null,
    isRequired: formData.get(`${prefix}isRequired`) === "on",
    minChoices: numberOrNull(text(formData, `${prefix}minChoices`)),
    maxChoices: numberOrNull(text(formData, `${prefix}maxChoices`)),
    maxLength: numberOrNull(text(formData, `${prefix}maxLength`)),
    projectId: numberOrNull(text(formData, `${prefix}projectId`)),
    options,
  };
}

export function surveyFromForm(formData: FormData) {
  return Object.fromEntries(SURVEY_FIELDS.map((name) => [name, text(formData, name)])) as Record<(typeof SURVEY_FIELDS)[number], string>;
}

/** "admin.errors.x" (the schema's keys, surveys namespace) as the forms namespace's "errors.survey.x". */
export function surveyErrorKey(message: string): string {
  return message.startsWith("admin.errors.") ? `errors.survey.${message.slice("admin.errors.".length)}` : "errors.invalid";
}

/**
 * zod issues as field errors of the form shown: the survey's own fields, and those of the
 * question being edited (index `questionIndex`, fields prefixed); other questions' issues
 * (none expected, they are stored) go to the top of the form.
 */
export function surveyFieldErrors(error: z.ZodError, questionIndex: number | null, prefix: string): { fieldErrors: Record<string, string>; formError?: string } {
  const fieldErrors: Record<string, string> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    const [head, index, field] = issue.path;
    let name: string | null = null;
    if (head === "questions" && index === questionIndex && typeof field === "string") name = `${prefix}${field === "options" ? "optionsFr" : field}`;
    else if (typeof head === "string" && head !== "questions") name = head;
    const message = issue.code === "invalid_type" ? "errors.numberInvalid" : surveyErrorKey(issue.message);
    if (name) fieldErrors[name] ??= message;
    else formError ??= message;
  }
  return { fieldErrors, formError };
}
