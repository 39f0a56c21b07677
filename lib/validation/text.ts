import { z } from "zod";

/**
 * Typed text as it can be stored and shown. PostgreSQL refuses NUL in text (the insert
 * would fail with a 500), and the other C0 controls (but tab and newlines) only hide
 * content from readers and moderators: they are dropped. Line breaks become "\n". A lone
 * surrogate (JSON's "\ud800") would be stored as U+FFFD anyway: it is replaced here, so
 * what the schema checks (length, emptiness) is exactly what gets stored. Controls go
 * first, so that one typed between the halves of an emoji leaves the emoji whole.
 * RTL marks, combining characters and emoji are kept as typed.
 */
export function storableText(value: string): string {
  return value
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, "")
    .replace(/\r\n?/g, "\n")
    .toWellFormed();
}

/** A string cleaned by storableText before any other check (trim, lengths) of the chain. */
export const storableString = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(storableText);
