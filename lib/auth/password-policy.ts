import { dictionary } from "@zxcvbn-ts/language-common";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "containsEmail";

// ~49,000 of the most used passwords (the list zxcvbn ships), lower-cased once.
const COMMON = new Set((dictionary["passwords-common"] as string[]).map((word) => word.toLowerCase()));
// Words a visitor of this portal is likely to try, which an English list misses.
const LOCAL = ["motdepasse", "azerty", "azertyuiop", "maroc", "morocco", "egov", "egouvernement", "administrateur", "bienvenue", "soleil"];
for (const word of LOCAL) COMMON.add(word);

/** Counts characters as people do (an emoji or an Arabic letter with its mark is one). */
export function passwordLength(password: string): number {
  return [...new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(password)].length;
}

/**
 * NIST SP 800-63B rules: a length floor and ceiling, no composition rules, and a check
 * against known common passwords. "Password2024!!" style variants are caught by also
 * checking the word left once digits and symbols are stripped from its ends.
 */
export function checkPassword(password: string, email?: string): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return "tooShort";
  if (length > PASSWORD_MAX_LENGTH) return "tooLong";
  const lower = password.toLowerCase();
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, "");
  if (COMMON.has(lower) || COMMON.has(core) || /^(.)\1+$/u.test(lower) || isRepeatedWord(core)) return "common";
  const local = email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local)) return "containsEmail";
  return null;
}

// "motdepassemotdepasse" is no stronger than "motdepasse".
function isRepeatedWord(word: string): boolean {
  for (let size = 1; size <= word.length / 2; size++) {
    if (word.length % size === 0 && word.slice(0, size).repeat(word.length / size) === word && COMMON.has(word.slice(0, size))) return true;
  }
  return false;
}
