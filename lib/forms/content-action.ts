import "server-only";
import { StaleEditError } from "../data/content-edit";
import { isAppError } from "../errors";
import { isLocale, type Locale } from "../i18n/routing";
import type { FormState } from "./form-state";

// What the back office's content actions share: reading ids and the locale from hidden
// fields (not .bind(), see the project form's action), and turning expected failures into
// the form's state.

export function localeOf(formData: FormData): Locale {
  const value = String(formData.get("locale"));
  return isLocale(value) ? value : "fr";
}

/** A positive id from a hidden field, or 0 (which matches no row). */
export function idOf(formData: FormData, name: string): number {
  const value = String(formData.get(name) ?? "");
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : 0;
}

/** A slug from a hidden field, bounded; the data layer looks it up like any other input. */
export function slugOf(formData: FormData, name: string): string {
  return String(formData.get(name) ?? "").slice(0, 120);
}

export const signedOutState = (values: Record<string, string>): FormState => ({ status: "error", values, fieldErrors: {}, formError: "errors.signedOut" });

/** A value in the query string that changes on every save, so the page re-mounts its forms with what is now saved. */
export const savedStamp = (): string => Date.now().toString(36);

/**
 * An expected failure as the form's state, the user's input kept; anything else is
 * rethrown, to be logged, and the user sees the generic error page. `fields` says which
 * field an INVALID reason belongs to (else it goes to the top of the form).
 */
export function failureState(error: unknown, values: Record<string, string>, fields: Record<string, string> = {}): FormState {
  if (error instanceof StaleEditError) {
    // The stamp now saved replaces the one loaded, so saving again overwrites knowingly.
    return { status: "conflict", values: { ...values, loadedAt: error.currentUpdatedAt.toISOString() }, fieldErrors: {}, formError: "errors.contentConflict" };
  }
  if (!isAppError(error)) throw error;
  if (error.code === "FORBIDDEN") return { status: "error", values, fieldErrors: {}, formError: "errors.forbidden" };
  if (error.code === "NOT_FOUND") return { status: "error", values, fieldErrors: {}, formError: "errors.notFound" };
  const key = error.message.startsWith("errors.") ? error.message : `errors.${error.message}`;
  const field = "field" in error && typeof error.field === "string" ? error.field : fields[error.message];
  return field ? { status: "error", values, fieldErrors: { [field]: key } } : { status: "error", values, fieldErrors: {}, formError: error.code === "INVALID" ? key : "errors.invalid" };
}
