import { describe, expect, it } from "vitest";
import { answersFromFormData } from "./form-answers";

describe("answersFromFormData", () => {
  it("reads every value of the survey's question fields, and nothing else", () => {
    const form = new FormData();
    form.append("q1", "11");
    form.append("q2", "21");
    form.append("q2", "23");
    form.append("q5", "Bonjour\nà tous");
    form.append("q9", "not a question of this survey");
    form.append("website", "");
    form.append("q3", new Blob(["file"]));
    expect(answersFromFormData(form, [1, 2, 3, 4, 5])).toEqual({ "1": ["11"], "2": ["21", "23"], "5": ["Bonjour\nà tous"] });
  });
});
