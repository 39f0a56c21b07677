import { z } from "zod";
import type { QuestionKind } from "../generated/prisma/enums";

/**
 * The answers to one survey, checked against that survey's questions. One schema for the
 * web form (FormData turned into arrays of strings) and the JSON API (numbers, strings or
 * arrays), so both channels accept and refuse exactly the same answers.
 *
 * Input: `{ answers: { "<questionId>": value } }`. A value may be a number, a string or an
 * array of them; single-valued questions accept a one-element array (what a form sends).
 * Issues carry a code as their message (translated where shown) and the question's id as
 * their path: ["answers", "<questionId>"].
 */

export const RATING_MIN = 1;
export const RATING_MAX = 5;
/** Free text without an explicit limit is still bounded: results pages and exports show it whole. */
export const DEFAULT_TEXT_MAX_LENGTH = 2000;

export type QuestionRules = {
  id: number;
  kind: QuestionKind;
  isRequired: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  maxLength: number | null;
  optionIds: readonly number[];
};

/** What validating answers needs from each question of a survey as read from the database. */
export function questionRulesOf(questions: readonly (Omit<QuestionRules, "optionIds"> & { options: readonly { id: number }[] })[]): QuestionRules[] {
  return questions.map((q) => ({
    id: q.id,
    kind: q.kind,
    isRequired: q.isRequired,
    minChoices: q.minChoices,
    maxChoices: q.maxChoices,
    maxLength: q.maxLength,
    optionIds: q.options.map((o) => o.id),
  }));
}

export type ValidAnswer =
  | { questionId: number; kind: "SINGLE_CHOICE"; optionIds: [number] }
  | { questionId: number; kind: "MULTIPLE_CHOICE"; optionIds: number[] }
  | { questionId: number; kind: "RATING" | "PROJECT_RATING"; rating: number }
  | { questionId: number; kind: "FREE_TEXT"; text: string };

export type AnswerIssueCode =
  | "required"
  | "chooseOne"
  | "unknownOption"
  | "tooFew"
  | "tooMany"
  | "ratingRange"
  | "notText"
  | "tooLong"
  | "unknownQuestion"
  | "invalidBody";

export type AnswerIssue = { questionId: number | null; key: string; code: AnswerIssueCode; params: Record<string, string | number> };

const MAX_ID = 2_147_483_647;

/** Option ids from a value; empty strings are "nothing chosen" (an unselected form field). */
function toIds(value: unknown): number[] | "invalid" {
  const items = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  const ids: number[] = [];
  for (const item of items) {
    if (item === "") continue;
    const n = typeof item === "number" ? item : typeof item === "string" && /^[1-9]\d{0,9}$/.test(item) ? Number(item) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > MAX_ID) return "invalid";
    ids.push(n);
  }
  return [...new Set(ids)];
}

/** A one-element array stands for its element; an empty array or "" for no answer. */
function single(value: unknown): unknown {
  const item = Array.isArray(value) ? (value.length === 0 ? undefined : value.length === 1 ? value[0] : value) : value;
  return item === "" || item === null ? undefined : item;
}

/**
 * Free text as stored: line breaks normalised, control characters removed (PostgreSQL
 * refuses NUL; the others only hide content from moderators), lone surrogates replaced,
 * Unicode composed, trimmed.
 */
export function normalizeFreeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, "")
    // A lone surrogate (JSON's "\ud800") would be stored as U+FFFD: replaced here, so the length checked is the length stored.
    .toWellFormed()
    .normalize("NFC")
    .trim();
}

type Check = { answer: ValidAnswer | null } | { issue: AnswerIssueCode; params?: Record<string, number | string> };

function checkAnswer(q: QuestionRules, raw: unknown): Check {
  const none = () => (q.isRequired ? { issue: "required" as const, params: { kind: q.kind } } : { answer: null });
  switch (q.kind) {
    case "SINGLE_CHOICE": {
      const ids = toIds(raw);
      if (ids === "invalid") return { issue: "unknownOption" };
      if (ids.length === 0) return none();
      if (ids.length > 1) return { issue: "chooseOne" };
      if (!q.optionIds.includes(ids[0]!)) return { issue: "unknownOption" };
      return { answer: { questionId: q.id, kind: "SINGLE_CHOICE", optionIds: [ids[0]!] } };
    }
    case "MULTIPLE_CHOICE": {
      const ids = toIds(raw);
      if (ids === "invalid" || ids.some((id) => !q.optionIds.includes(id))) return { issue: "unknownOption" };
      if (ids.length === 0) return none();
      const min = Math.max(1, q.minChoices ?? 1);
      const max = Math.min(q.optionIds.length, q.maxChoices ?? q.optionIds.length);
      if (ids.length < min) return { issue: "tooFew", params: { min } };
      if (ids.length > max) return { issue: "tooMany", params: { max } };
      return { answer: { questionId: q.id, kind: "MULTIPLE_CHOICE", optionIds: ids } };
    }
    case "RATING":
    case "PROJECT_RATING": {
      const value = single(raw);
      if (value === undefined) return none();
      const rating = typeof value === "number" ? value : typeof value === "string" && /^\d$/.test(value) ? Number(value) : NaN;
      if (!Number.isInteger(rating) || rating < RATING_MIN || rating > RATING_MAX) return { issue: "ratingRange", params: { min: RATING_MIN, max: RATING_MAX } };
      return { answer: { questionId: q.id, kind: q.kind, rating } };
    }
    case "FREE_TEXT": {
      const value = single(raw);
      if (value === undefined) return none();
      if (typeof value !== "string") return { issue: "notText" };
      const text = normalizeFreeText(value);
      if (text === "") return none();
      const max = q.maxLength ?? DEFAULT_TEXT_MAX_LENGTH;
      if (text.length > max) return { issue: "tooLong", params: { max } };
      return { answer: { questionId: q.id, kind: "FREE_TEXT", text } };
    }
  }
}

const inputSchema = z.object({ answers: z.record(z.string(), z.unknown()) });

/** The schema for one survey's answers; its output is the list of answers to store. */
export function surveyResponseSchema(questions: readonly QuestionRules[]) {
  const byId = new Map(questions.map((q) => [String(q.id), q]));
  return inputSchema.transform((input, ctx) => {
    const answers: ValidAnswer[] = [];
    for (const key of Object.keys(input.answers)) {
      if (!byId.has(key)) ctx.addIssue({ code: "custom", path: ["answers", key], message: "unknownQuestion" });
    }
    for (const q of questions) {
      const result = checkAnswer(q, input.answers[String(q.id)]);
      if ("issue" in result) ctx.addIssue({ code: "custom", path: ["answers", String(q.id)], message: result.issue, params: result.params ?? {} });
      else if (result.answer) answers.push(result.answer);
    }
    return answers;
  });
}

/** The issues of a failed parse, one per question, with the question's id when there is one. */
export function answerIssuesOf(error: z.ZodError): AnswerIssue[] {
  const seen = new Set<string>();
  const issues: AnswerIssue[] = [];
  for (const issue of error.issues) {
    const isAnswer = issue.code === "custom" && issue.path.length === 2 && issue.path[0] === "answers" && CODES.includes(issue.message);
    // Anything else is the body's shape: not an object, or `answers` missing or not an object.
    const key = isAnswer ? String(issue.path[1]) : issue.path.join(".") || "body";
    if (seen.has(key)) continue;
    seen.add(key);
    const code = isAnswer ? (issue.message as AnswerIssueCode) : "invalidBody";
    issues.push({
      questionId: isAnswer && code !== "unknownQuestion" ? Number(key) : null,
      key,
      code,
      params: (issue.code === "custom" ? (issue.params as Record<string, string | number> | undefined) : undefined) ?? {},
    });
  }
  return issues;
}

const CODES: readonly string[] = ["required", "chooseOne", "unknownOption", "tooFew", "tooMany", "ratingRange", "notText", "tooLong", "unknownQuestion"];
