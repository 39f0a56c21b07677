import { isAppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { isLocale, type Locale } from "@/lib/i18n/routing";

// Expected refusals of the data layer, as [field, message key in the "space" namespace];
// "form" means a message for the whole form. Anything else is unexpected and rethrown.
const ERRORS: Record<string, [string, string]> = {
  UNAUTHENTICATED: ["form", "errors.signedOut"],
  FORBIDDEN: ["form", "errors.forbidden"],
  NOT_FOUND: ["form", "errors.notFound"],
  RATE_LIMITED: ["form", "errors.rateLimited"],
  ownPost: ["form", "errors.ownPost"],
  alreadyReported: ["form", "errors.alreadyReported"],
  notReportable: ["form", "errors.notFound"],
  projectUnknown: ["project", "errors.projectUnknown"],
  sessionUnknown: ["session", "errors.sessionUnknown"],
  threadLocked: ["form", "errors.threadLocked"],
  replyTargetGone: ["form", "errors.replyTargetGone"],
  editWindowClosed: ["form", "errors.editWindowClosed"],
  notEditable: ["form", "errors.notEditable"],
  noChange: ["form", "errors.noChange"],
};

export function failure(error: unknown, values: Record<string, string>): FormState {
  if (!isAppError(error)) throw error;
  const [field, key] = ERRORS[error.message] ?? ERRORS[error.code] ?? ["form", "errors.invalid"];
  return field === "form" ? { status: "error", values, fieldErrors: {}, formError: key } : { status: "error", values, fieldErrors: { [field]: key } };
}

export function localeOf(formData: FormData): Locale {
  const value = String(formData.get("locale") ?? "");
  return isLocale(value) ? value : "fr";
}

export const signedOut = (values: Record<string, string>): FormState => ({ status: "error", values, fieldErrors: {}, formError: "errors.signedOut" });
