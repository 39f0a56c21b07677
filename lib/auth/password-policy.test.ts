import { describe, expect, it } from "vitest";
import { checkPassword, passwordLength } from "./password-policy";

describe("checkPassword", () => {
  it.each([
    ["elevenchars", "tooShort"],
    ["x".repeat(129) + "y", "tooLong"],
    ["qwertyuiop123", "common"],
    ["1qaz2wsx3edc", "common"],
    ["Password2024!!", "common"], // a common word dressed with digits and symbols
    ["motdepasse1234", "common"],
    ["motdepassemotdepasse", "common"],
    ["aaaaaaaaaaaaaaaa", "common"],
  ])("refuses %j as %s", (password, problem) => {
    expect(checkPassword(password)).toBe(problem);
  });

  it("refuses a password built on the account's email", () => {
    expect(checkPassword("fatima.zahra-2026!", "fatima.zahra@interieur.gov.ma")).toBe("containsEmail");
  });

  it.each(["correct horse battery staple", "le thé à la menthe du matin", "كلمة سر طويلة بما يكفي", "12 caractères"])("accepts %j (no composition rules)", (password) => {
    expect(checkPassword(password, "someone@example.ma")).toBeNull();
  });

  it("counts what people see as characters: 12 emoji are 12 characters, not 24 code units", () => {
    expect(passwordLength("👍🏽".repeat(12))).toBe(12);
    expect(checkPassword("🌙⭐🌙⭐🌙⭐🌙⭐🌙⭐🌙🌟")).toBeNull();
  });
});
