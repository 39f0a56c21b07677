import type { z } from "zod";

/**
 * What a server action returns to its form. Messages are i18n keys (namespace "forms"),
 * translated where they are shown; `values` echoes what the user typed (never passwords),
 * so a refused form comes back as it was filled, with or without JavaScript.
 */
export type FormState<Field extends string = string> = {
  status: "idle" | "error" | "ok" | "conflict";
  values: Partial<Record<Field, string>>;
  fieldErrors: Partial<Record<Field, string>>;
  formError?: string;
  /** Extra data for the page, e.g. what another editor saved in a conflict. */
  detail?: Record<string, unknown>;
};

export const idleState: FormState = { status: "idle", values: {}, fieldErrors: {} };

/** First zod issue per field, as an i18n key (schemas use keys as their messages). */
export function fieldErrorsOf<Field extends string>(error: z.ZodError): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form") as Field;
    if (!errors[field]) errors[field] = issue.message.startsWith("errors.") ? issue.message : "errors.invalid";
  }
  return errors;
}

/** The submitted text fields, without secrets, to echo back into the form. */
export function echoValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (typeof value === "string" && !name.startsWith("$ACTION") && !omit.includes(name)) values[name] = value;
  }
  return values;
}
