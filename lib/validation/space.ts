import { z } from "zod";
import { storableText } from "./text";

export const TITLE_MIN = 5;
export const TITLE_MAX = 150;
export const BODY_MIN = 2;
export const BODY_MAX = 10_000;
export const REASON_MIN = 5;
export const REASON_MAX = 500;
export const NOTE_MIN = 3;
export const NOTE_MAX = 1000;
export const SEARCH_MAX = 200;

const MAX_INT = 2_147_483_647;

// PostgreSQL refuses NUL in text (the insert would fail with a 500): drop it, and the
// other C0 controls but tab and newlines, before any length check (see storableText).
const cleanText = (value: unknown) => (typeof value === "string" ? storableText(value) : value);

const text = (min: number, max: number, requiredKey: string, tooLongKey: string) =>
  z.preprocess(cleanText, z.string({ message: requiredKey }).trim().min(min, requiredKey).max(max, tooLongKey));

const id = z.preprocess(
  (value) => (typeof value === "string" ? value.trim() : value),
  z
    .string()
    .regex(/^[1-9]\d{0,9}$/, "errors.invalid")
    .transform(Number)
    .pipe(z.number().max(MAX_INT, "errors.invalid")),
);

/** An optional id: "" means none. */
const optionalId = z.preprocess(
  (value) => (value === undefined || value === null ? "" : typeof value === "string" ? value.trim() : value),
  z.union([z.literal("").transform(() => null), id]),
);

const body = text(BODY_MIN, BODY_MAX, "errors.bodyRequired", "errors.bodyTooLong");

export const newThreadSchema = z.object({
  category: z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/, "errors.invalid"),
  title: text(TITLE_MIN, TITLE_MAX, "errors.titleRequired", "errors.titleTooLong"),
  body,
  project: z
    .string()
    .trim()
    .regex(/^(|[a-z0-9][a-z0-9-]{0,119})$/, "errors.projectUnknown")
    .transform((value) => (value === "" ? null : value)),
  session: z
    .string()
    .trim()
    .regex(/^\d{0,4}$/, "errors.sessionUnknown")
    .transform((value) => (value === "" ? null : Number(value))),
});
export type NewThreadInput = z.infer<typeof newThreadSchema>;

/** A reply: to the thread (a new top-level post) or to a post (`to`). */
export const replySchema = z.object({ threadId: id, to: optionalId, body });
export type ReplyInput = z.infer<typeof replySchema>;

export const editPostSchema = z.object({ postId: id, body });
export type EditPostInput = z.infer<typeof editPostSchema>;

export const reportSchema = z.object({ postId: id, reason: text(REASON_MIN, REASON_MAX, "errors.reasonRequired", "errors.reasonTooLong") });
export type ReportInput = z.infer<typeof reportSchema>;

export const moderationSchema = z.object({
  postId: id,
  decision: z.enum(["restore", "remove"], { message: "errors.decisionRequired" }),
  note: text(NOTE_MIN, NOTE_MAX, "errors.noteRequired", "errors.noteTooLong"),
});
export type ModerationInput = z.infer<typeof moderationSchema>;

export const lockSchema = z.object({ threadId: id, locked: z.enum(["0", "1"]).transform((value) => value === "1") });

export const followSchema = z.union([
  z.object({ target: z.literal("thread"), threadId: id, follow: z.enum(["0", "1"]).transform((value) => value === "1") }),
  z.object({
    target: z.literal("project"),
    project: z.string().regex(/^[a-z0-9][a-z0-9-]{0,119}$/),
    follow: z.enum(["0", "1"]).transform((value) => value === "1"),
  }),
]);
export type FollowInput = z.infer<typeof followSchema>;

export const markReadSchema = z.object({ subscriptionId: id });

/** The text of the search box: trimmed, bounded; empty means "no search yet". */
export function parseSearchQuery(value: string | string[] | undefined): string {
  if (typeof value !== "string") return "";
  return (cleanText(value) as string).trim().slice(0, SEARCH_MAX);
}

/** The named fields of a form, as strings, for a schema (files and repeated names ignored). */
export function formFields(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, typeof formData.get(name) === "string" ? (formData.get(name) as string) : ""]));
}
