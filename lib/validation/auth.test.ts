import { describe, expect, it } from "vitest";
import { fieldErrorsOf } from "../forms/form-state";
import { safeNextPath, signInSchema } from "./auth";

describe("safeNextPath", () => {
  it("keeps a path on this site", () => {
    expect(safeNextPath("/fr/staff/projects/watiqa-ma?tab=1", "/fr/staff")).toBe("/fr/staff/projects/watiqa-ma?tab=1");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", "/fr\n/x"])("refuses %j", (value) => {
    expect(safeNextPath(value, "/fr/staff")).toBe("/fr/staff");
  });
});

describe("signInSchema", () => {
  it("names the missing fields with message keys", () => {
    const result = signInSchema.safeParse({ email: "", password: "" });
    expect(result.success).toBe(false);
    expect(fieldErrorsOf(result.error!)).toEqual({ email: "errors.emailRequired", password: "errors.passwordRequired" });
  });
  it("refuses an oversized password before it reaches the hash", () => {
    expect(signInSchema.safeParse({ email: "a@b.ma", password: "x".repeat(10_000) }).success).toBe(false);
  });
});
