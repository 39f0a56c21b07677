import { describe, expect, it } from "vitest";
import { issueMessage, surveyTranslator } from "./issue-messages";

describe("survey issue messages", () => {
  it("say what is wrong in French and in Arabic, with the numbers", () => {
    const fr = surveyTranslator("fr");
    const ar = surveyTranslator("ar");
    expect(issueMessage(fr, { questionId: 1, key: "1", code: "required", params: { kind: "RATING" } })).toBe("Choisissez une note de 1 à 5");
    expect(issueMessage(fr, { questionId: 2, key: "2", code: "tooMany", params: { max: 3 } })).toBe("Choisissez 3 réponses au plus");
    expect(issueMessage(fr, { questionId: 2, key: "2", code: "tooMany", params: { max: 1 } })).toBe("Choisissez 1 réponse au plus");
    expect(issueMessage(ar, { questionId: 5, key: "5", code: "tooLong", params: { max: 1000 } })).toBe("يجب ألا يتجاوز جوابك 1000 حرفا");
    expect(issueMessage(ar, { questionId: 1, key: "1", code: "required", params: { kind: "FREE_TEXT" } })).toBe("اكتب جوابك");
  });
});
