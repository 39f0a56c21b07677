import { z } from "zod";
import { QuestionKind, SurveyKind } from "../generated/prisma/enums";
import { storableString } from "./text";

/**
 * A survey as staff build it: texts in French (required) and Arabic (optional), and its
 * questions with their options. Messages are keys of the "surveys" namespace (admin.errors.*).
 * Existing questions and options carry their id, so texts can be corrected in place.
 */

export const SURVEY_LIMITS = { questions: 50, options: 30, prompt: 500, help: 1000, label: 200, title: 200, description: 4000, maxLength: 10_000 } as const;

// Texts are cleaned first (storableText): a NUL would make PostgreSQL refuse the insert.
const required = (max: number) => storableString().trim().min(1, "admin.errors.required").max(max, "admin.errors.tooLong");
const optional = (max: number) =>
  storableString()
    .trim()
    .max(max, "admin.errors.tooLong")
    .nullish()
    .transform((value) => (value ? value : null));
const id = z.number().int().positive().max(2_147_483_647).optional();
const count = z.number().int().min(1, "admin.errors.limitInvalid").max(1000, "admin.errors.limitInvalid").nullish().transform((v) => v ?? null);

const optionSchema = z.object({ id, labelFr: required(SURVEY_LIMITS.label), labelAr: optional(SURVEY_LIMITS.label) });

const questionSchema = z
  .object({
    id,
    kind: z.enum(QuestionKind, { message: "admin.errors.kindInvalid" }),
    promptFr: required(SURVEY_LIMITS.prompt),
    promptAr: optional(SURVEY_LIMITS.prompt),
    helpFr: optional(SURVEY_LIMITS.help),
    helpAr: optional(SURVEY_LIMITS.help),
    isRequired: z.boolean(),
    minChoices: count,
    maxChoices: count,
    maxLength: z.number().int().min(1, "admin.errors.limitInvalid").max(SURVEY_LIMITS.maxLength, "admin.errors.limitInvalid").nullish().transform((v) => v ?? null),
    projectId: z.number().int().positive().max(2_147_483_647, "admin.errors.projectUnknown").nullish().transform((v) => v ?? null),
    options: z.array(optionSchema).max(SURVEY_LIMITS.options, "admin.errors.tooManyOptions").default([]),
  })
  .superRefine((q, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const isChoice = q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE";
    if (isChoice && q.options.length < 2) issue("options", "admin.errors.optionsNeeded");
    if (!isChoice && q.options.length > 0) issue("options", "admin.errors.optionsNotAllowed");
    if (q.kind !== "MULTIPLE_CHOICE" && (q.minChoices !== null || q.maxChoices !== null)) issue("minChoices", "admin.errors.limitNotAllowed");
    if (q.kind === "MULTIPLE_CHOICE") {
      const min = q.minChoices ?? 1;
      const max = q.maxChoices ?? q.options.length;
      if (min > max || max > q.options.length) issue("maxChoices", "admin.errors.choiceLimits");
    }
    if (q.kind !== "FREE_TEXT" && q.maxLength !== null) issue("maxLength", "admin.errors.limitNotAllowed");
    if (q.kind === "PROJECT_RATING" && q.projectId === null) issue("projectId", "admin.errors.projectNeeded");
    if (q.kind !== "PROJECT_RATING" && q.projectId !== null) issue("projectId", "admin.errors.projectNotAllowed");
  });

export const surveyDefinitionSchema = z.object({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{2,99}$/, "admin.errors.slugInvalid"),
  kind: z.enum(SurveyKind, { message: "admin.errors.kindInvalid" }),
  titleFr: required(SURVEY_LIMITS.title),
  titleAr: optional(SURVEY_LIMITS.title),
  descriptionFr: required(SURVEY_LIMITS.description),
  descriptionAr: optional(SURVEY_LIMITS.description),
  isIllustrative: z.boolean().default(false),
  questions: z.array(questionSchema).min(1, "admin.errors.questionsNeeded").max(SURVEY_LIMITS.questions, "admin.errors.tooManyQuestions"),
});

export type SurveyDefinitionInput = z.infer<typeof surveyDefinitionSchema>;
export type QuestionDefinition = SurveyDefinitionInput["questions"][number];
