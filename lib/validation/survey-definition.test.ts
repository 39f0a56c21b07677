import { describe, expect, it } from "vitest";
import { surveyDefinitionSchema } from "./survey-definition";

const question = { kind: "RATING", promptFr: "Note ?", isRequired: true };
const survey = { slug: "avis-2026", kind: "SITE_FEEDBACK", titleFr: "Avis", descriptionFr: "Votre avis.", questions: [question] };
const messages = (input: unknown) => {
  const result = surveyDefinitionSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("survey definition schema", () => {
  it("accepts a minimal survey and empties optional texts to null", () => {
    const parsed = surveyDefinitionSchema.parse({ ...survey, titleAr: "  ", questions: [{ ...question, helpFr: "" }] });
    expect(parsed.titleAr).toBeNull();
    expect(parsed.questions[0]).toMatchObject({ helpFr: null, options: [], minChoices: null, projectId: null });
  });

  it("needs a question, a valid slug and the French texts", () => {
    expect(messages({ ...survey, questions: [] })).toEqual(["questions:admin.errors.questionsNeeded"]);
    expect(messages({ ...survey, slug: "Avis 2026" })).toEqual(["slug:admin.errors.slugInvalid"]);
    expect(messages({ ...survey, titleFr: " " })).toEqual(["titleFr:admin.errors.required"]);
  });

  it("checks each kind's own settings", () => {
    const q = (extra: object) => messages({ ...survey, questions: [{ ...question, ...extra }] });
    const options = (n: number) => Array.from({ length: n }, (_, i) => ({ labelFr: `Option ${i + 1}` }));
    expect(q({ kind: "SINGLE_CHOICE", options: options(1) })).toEqual(["questions.0.options:admin.errors.optionsNeeded"]);
    expect(q({ kind: "RATING", options: options(2) })).toEqual(["questions.0.options:admin.errors.optionsNotAllowed"]);
    expect(q({ kind: "MULTIPLE_CHOICE", options: options(3), minChoices: 3, maxChoices: 2 })).toEqual(["questions.0.maxChoices:admin.errors.choiceLimits"]);
    expect(q({ kind: "MULTIPLE_CHOICE", options: options(3), maxChoices: 4 })).toEqual(["questions.0.maxChoices:admin.errors.choiceLimits"]);
    expect(q({ kind: "MULTIPLE_CHOICE", options: options(3), minChoices: 1, maxChoices: 3 })).toEqual([]);
    expect(q({ kind: "PROJECT_RATING" })).toEqual(["questions.0.projectId:admin.errors.projectNeeded"]);
    expect(q({ kind: "RATING", projectId: 3 })).toEqual(["questions.0.projectId:admin.errors.projectNotAllowed"]);
    expect(q({ kind: "RATING", maxLength: 10 })).toEqual(["questions.0.maxLength:admin.errors.limitNotAllowed"]);
    expect(q({ kind: "FREE_TEXT", maxLength: 500 })).toEqual([]);
  });
});
