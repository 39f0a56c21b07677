"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { inviteAccount, issueSetPasswordLink, updateAccount } from "@/lib/data/accounts";
import { isAppError } from "@/lib/errors";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/routing";
import { publicBaseUrl } from "@/lib/env";
import { inviteAccountSchema, updateAccountSchema } from "@/lib/validation/accounts";

const ERRORS: Record<string, [string, string]> = {
  FORBIDDEN: ["form", "errors.forbidden"],
  NOT_FOUND: ["form", "errors.notFound"],
  emailTaken: ["email", "errors.emailTaken"],
  organizationRequired: ["organizationId", "errors.organizationRequired"],
  cannotDemoteSelf: ["role", "errors.cannotDemoteSelf"],
};

function failure(error: unknown, values: Record<string, string>): FormState {
  if (!isAppError(error)) throw error;
  const [field, key] = ERRORS[error.message] ?? ERRORS[error.code] ?? ["form", "errors.invalid"];
  return field === "form" ? { status: "error", values, fieldErrors: {}, formError: key } : { status: "error", values, fieldErrors: { [field]: key } };
}

function setPasswordLink(locale: string, token: string): string {
  return `${publicBaseUrl()}/${locale}/set-password?token=${token}`;
}

export async function inviteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = isLocale(String(formData.get("locale"))) ? String(formData.get("locale")) : "fr";
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return { status: "error", values, fieldErrors: {}, formError: "errors.signedOut" };
  const parsed = inviteAccountSchema.safeParse({ email: values.email ?? "", name: values.name ?? "", role: values.role ?? "", organizationId: values.organizationId ?? "" });
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const { token } = await inviteAccount(user, parsed.data);
    // No mail server: the link is shown once to the administrator, who passes it on.
    return { status: "ok", values: {}, fieldErrors: {}, detail: { link: setPasswordLink(locale, token), email: parsed.data.email } };
  } catch (error) {
    return failure(error, values);
  }
}

// The account id travels in a hidden field rather than .bind() (see the project form's
// action for the Next bug); only administrators pass the check in the data layer anyway.
function userIdOf(formData: FormData): number {
  const id = Number(formData.get("userId"));
  return Number.isInteger(id) && id > 0 ? id : 0;
}

export async function updateAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const userId = userIdOf(formData);
  const locale = isLocale(String(formData.get("locale"))) ? String(formData.get("locale")) : "fr";
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return { status: "error", values, fieldErrors: {}, formError: "errors.signedOut" };
  const parsed = updateAccountSchema.safeParse({ name: values.name ?? "", role: values.role ?? "", organizationId: values.organizationId ?? "", isDisabled: values.isDisabled ?? "" });
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await updateAccount(user, userId, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  redirect(`/${locale}/staff/accounts/${userId}?saved=1`);
}

export async function issueLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const userId = userIdOf(formData);
  const locale = isLocale(String(formData.get("locale"))) ? String(formData.get("locale")) : "fr";
  const user = await getCurrentUser();
  if (!user) return { status: "error", values: {}, fieldErrors: {}, formError: "errors.signedOut" };
  try {
    const token = await issueSetPasswordLink(user, userId);
    return { status: "ok", values: {}, fieldErrors: {}, detail: { link: setPasswordLink(locale, token) } };
  } catch (error) {
    return failure(error, {});
  }
}
