import { z } from "zod";
import { storableString } from "./text";

// Field rules shared by the back office's content forms (sessions, news, indicators,
// organisations, governance members). Messages are i18n keys of the "forms" namespace.

/** yyyy-mm-dd as a UTC midnight (how DATE columns arrive), or null when it is not a real day. */
export function parseDay(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  // The round trip refuses 2013-02-30 instead of rolling it over to March.
  return date.toISOString().slice(0, 10) === value ? date : null;
}

function checkedDay(value: string, context: z.RefinementCtx, minYear: number, maxYear: number): Date {
  const date = parseDay(value);
  if (!date || date.getUTCFullYear() < minYear || date.getUTCFullYear() > maxYear) {
    context.addIssue({ code: "custom", message: value === "" ? "errors.dateRequired" : "errors.dateInvalid" });
    return z.NEVER;
  }
  return date;
}

const dayWithin = (minYear: number, maxYear: number) =>
  z
    .string()
    .trim()
    .transform((value, context) => checkedDay(value, context, minYear, maxYear));

export const requiredDay = dayWithin(2000, 2100);
export const optionalDay = z
  .string()
  .trim()
  .transform((value, context) => (value === "" ? null : checkedDay(value, context, 2000, 2100)));

/**
 * A session date only needs to be a real day here: whether it is plausible (within the
 * programme's period, in order with its neighbours) is the data layer's rule, which gives
 * a message that says why, rather than a bare "invalid date".
 */
export const anyDay = dayWithin(1000, 9999);

// Typed text is cleaned first (storableText: no NUL, which PostgreSQL refuses with a 500).
export const requiredText = (max: number, requiredKey = "errors.textRequired", min = 1) => storableString().trim().min(min, requiredKey).max(max, "errors.textTooLong");

export const optionalText = (max: number) =>
  storableString()
    .trim()
    .max(max, "errors.textTooLong")
    .transform((value) => (value === "" ? null : value));

/** An address people will follow from a public page: http(s) only, never javascript: or data:. */
export const optionalUrl = z
  .string()
  .trim()
  .max(500, "errors.urlInvalid")
  .transform((value, context) => {
    if (value === "") return null;
    let url: URL | null = null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    if (!url || (url.protocol !== "http:" && url.protocol !== "https:") || !url.hostname.includes(".")) {
      context.addIssue({ code: "custom", message: "errors.urlInvalid" });
      return z.NEVER;
    }
    return url.toString();
  });

/** A choice from a list of rows; empty means none. */
export const optionalId = z
  .string()
  .trim()
  .regex(/^\d{0,9}$/, "errors.choiceInvalid")
  .transform((value) => (value === "" ? null : Number(value)));

export const checkbox = z.string().transform((value) => value === "on");

/**
 * A decimal as people type it in French or Arabic pages: "1 234,5" or "1234.5", two decimals
 * at most (the columns are DECIMAL(20,2)). Kept as a normalised string for Prisma's Decimal.
 */
export const decimal = z
  .string()
  .transform((value) => value.replace(/[\s\u00a0\u202f]/g, "").replace(",", "."))
  .pipe(z.string().regex(/^-?\d{1,15}(\.\d{1,2})?$/, "errors.numberInvalid"));

/** The updatedAt the editor loaded, for tables without a version column (see content-edit). */
export const loadedAt = z.iso.datetime({ message: "errors.invalid" }).transform((value) => new Date(value));

type Issue = { addIssue: (issue: { code: "custom"; path: string[]; message: string }) => void };

/** Arabic text without its French counterpart would leave French readers, and the fallback, with nothing. */
export function requireFrenchWithArabic(value: Record<string, unknown>, context: Issue, pairs: ReadonlyArray<readonly [string, string]>): void {
  for (const [fr, ar] of pairs) {
    if (value[ar] && !value[fr]) context.addIssue({ code: "custom", path: [fr], message: "errors.frenchRequiredWithArabic" });
  }
}

/** The named fields of a form as strings ("" when absent), ready for a schema. */
export function readFields<Name extends string>(formData: FormData, names: readonly Name[]): Record<Name, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])) as Record<Name, string>;
}
