import { describe, expect, it } from "vitest";
import { keepsStructure, type StructuralQuestion } from "./structure";

const rules = { isRequired: true, minChoices: null, maxChoices: null, maxLength: null, projectId: null };
const current: StructuralQuestion[] = [
  { id: 1, kind: "SINGLE_CHOICE", ...rules, options: [{ id: 10 }, { id: 11 }] },
  { id: 2, kind: "FREE_TEXT", ...rules, isRequired: false, maxLength: 500, options: [] },
];

describe("keepsStructure", () => {
  it("accepts the same structure (texts may differ, they are not compared)", () => {
    expect(keepsStructure(current, structuredClone(current))).toBe(true);
  });
  it("refuses an added, removed or reordered question or option, and any changed rule", () => {
    const changed = (edit: (q: StructuralQuestion[]) => void) => {
      const copy = structuredClone(current);
      edit(copy);
      return keepsStructure(current, copy);
    };
    expect(changed((q) => q.push({ kind: "RATING", ...rules, options: [] }))).toBe(false);
    expect(changed((q) => q.pop())).toBe(false);
    expect(changed((q) => q.reverse())).toBe(false);
    expect(changed((q) => q[0]!.options.push({}))).toBe(false);
    expect(changed((q) => q[0]!.options.reverse())).toBe(false);
    expect(changed((q) => (q[0]!.options[1] = {}))).toBe(false);
    expect(changed((q) => (q[0]!.kind = "MULTIPLE_CHOICE"))).toBe(false);
    expect(changed((q) => (q[1]!.isRequired = true))).toBe(false);
    expect(changed((q) => (q[1]!.maxLength = 400))).toBe(false);
    expect(changed((q) => delete q[1]!.id)).toBe(false);
  });
});
