import { describe, expect, it } from "vitest";
import { answerIssuesOf, normalizeFreeText, surveyResponseSchema, type QuestionRules } from "./survey-response";

const base = { isRequired: true, minChoices: null, maxChoices: null, maxLength: null, optionIds: [] };
const QUESTIONS: QuestionRules[] = [
  { ...base, id: 1, kind: "SINGLE_CHOICE", optionIds: [11, 12, 13] },
  { ...base, id: 2, kind: "MULTIPLE_CHOICE", minChoices: 2, maxChoices: 3, optionIds: [21, 22, 23, 24] },
  { ...base, id: 3, kind: "RATING" },
  { ...base, id: 4, kind: "PROJECT_RATING", isRequired: false },
  { ...base, id: 5, kind: "FREE_TEXT", isRequired: false, maxLength: 10 },
];
const schema = surveyResponseSchema(QUESTIONS);
const valid = { "1": 11, "2": [21, 22], "3": 4 };

function issues(answers: Record<string, unknown>) {
  const result = schema.safeParse({ answers });
  if (result.success) return [];
  return answerIssuesOf(result.error).map((i) => `${i.key}:${i.code}${Object.keys(i.params).length ? JSON.stringify(i.params) : ""}`);
}

describe("survey response schema", () => {
  it("accepts a complete answer and returns what to store, optional questions left out", () => {
    const result = schema.parse({ answers: valid });
    expect(result).toEqual([
      { questionId: 1, kind: "SINGLE_CHOICE", optionIds: [11] },
      { questionId: 2, kind: "MULTIPLE_CHOICE", optionIds: [21, 22] },
      { questionId: 3, kind: "RATING", rating: 4 },
    ]);
  });

  it("reads a form's arrays of strings the same as the API's numbers", () => {
    const fromForm = schema.parse({ answers: { "1": ["11"], "2": ["21", "23"], "3": ["5"], "4": [""], "5": ["  bien  "] } });
    expect(fromForm).toEqual([
      { questionId: 1, kind: "SINGLE_CHOICE", optionIds: [11] },
      { questionId: 2, kind: "MULTIPLE_CHOICE", optionIds: [21, 23] },
      { questionId: 3, kind: "RATING", rating: 5 },
      { questionId: 5, kind: "FREE_TEXT", text: "bien" },
    ]);
  });

  it("names each missing required answer with its kind", () => {
    expect(issues({})).toEqual(['1:required{"kind":"SINGLE_CHOICE"}', '2:required{"kind":"MULTIPLE_CHOICE"}', '3:required{"kind":"RATING"}']);
    expect(issues({ "1": [""], "2": [], "3": "" })).toHaveLength(3);
  });

  it("enforces the minimum and maximum number of choices", () => {
    expect(issues({ ...valid, "2": [21] })).toEqual(['2:tooFew{"min":2}']);
    expect(issues({ ...valid, "2": [21, 22, 23, 24] })).toEqual(['2:tooMany{"max":3}']);
    expect(issues({ ...valid, "2": [21, 21, 22] })).toEqual([]); // the same option twice counts once
  });

  it("refuses an option of another question, an unknown one and a malformed one", () => {
    expect(issues({ ...valid, "1": 21 })).toEqual(["1:unknownOption"]);
    expect(issues({ ...valid, "2": [21, 11] })).toEqual(["2:unknownOption"]);
    expect(issues({ ...valid, "1": "11abc" })).toEqual(["1:unknownOption"]);
    expect(issues({ ...valid, "1": -11 })).toEqual(["1:unknownOption"]);
    expect(issues({ ...valid, "1": [11, 12] })).toEqual(["1:chooseOne"]);
  });

  it("accepts ratings 1 to 5 only, as whole numbers", () => {
    for (const rating of [0, 6, 3.5, "3.0", "abc", [1, 2]]) expect(issues({ ...valid, "3": rating }), String(rating)).toEqual(['3:ratingRange{"min":1,"max":5}']);
    for (const rating of [1, "5"]) expect(issues({ ...valid, "3": rating })).toEqual([]);
    expect(issues({ ...valid, "4": 9 })).toEqual(['4:ratingRange{"min":1,"max":5}']);
  });

  it("limits free text to the question's length, counted after trimming", () => {
    expect(issues({ ...valid, "5": "x".repeat(11) })).toEqual(['5:tooLong{"max":10}']);
    expect(issues({ ...valid, "5": `  ${"x".repeat(10)}  ` })).toEqual([]);
    expect(issues({ ...valid, "5": 42 })).toEqual(["5:notText"]);
  });

  it("refuses answers to questions the survey does not have, and a body of the wrong shape", () => {
    expect(issues({ ...valid, "99": 1 })).toEqual(["99:unknownQuestion"]);
    const wrong = schema.safeParse({ answers: [1, 2] });
    expect(wrong.success).toBe(false);
    if (!wrong.success) expect(answerIssuesOf(wrong.error).map((i) => `${i.key}:${i.code}`)).toEqual(["answers:invalidBody"]);
    const missing = schema.safeParse("text");
    if (!missing.success) expect(answerIssuesOf(missing.error).map((i) => i.code)).toEqual(["invalidBody"]);
  });
});

describe("normalizeFreeText", () => {
  it("removes NUL and direction overrides, keeps line breaks and Arabic", () => {
    expect(normalizeFreeText("a\u0000b\r\nc\u202Ed")).toBe("ab\ncd");
    expect(normalizeFreeText(" شكرا\tجزيلا ")).toBe("شكرا\tجزيلا");
  });
});
