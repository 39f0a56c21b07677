"use server";
import { redirect } from "next/navigation";
import { findTokenAccount, setPasswordWithToken } from "@/lib/data/accounts";
import { isAppError } from "@/lib/errors";
import { fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/routing";
import { setPasswordSchema } from "@/lib/validation/accounts";

export async function setPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = isLocale(String(formData.get("locale"))) ? String(formData.get("locale")) : "fr";
  const token = String(formData.get("token") ?? "");
  const account = token.length >= 20 && token.length <= 200 ? await findTokenAccount(token) : null;
  if (!account) return { status: "error", values: {}, fieldErrors: {}, formError: "errors.tokenInvalid" };
  const parsed = setPasswordSchema(account.email).safeParse({ token, password: formData.get("password") ?? "", confirmation: formData.get("confirmation") ?? "" });
  if (!parsed.success) return { status: "error", values: {}, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await setPasswordWithToken(token, parsed.data.password);
  } catch (error) {
    if (isAppError(error, "INVALID")) return { status: "error", values: {}, fieldErrors: {}, formError: "errors.tokenInvalid" };
    throw error;
  }
  redirect(`/${locale}/sign-in?passwordSet=1`);
}
