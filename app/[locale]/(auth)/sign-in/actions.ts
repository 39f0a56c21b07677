"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { authenticate } from "@/lib/auth/authenticate";
import { writeSessionCookie } from "@/lib/auth/sign-in-cookie";
import { fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/routing";
import { networkKeyOf } from "@/lib/security/network";
import { safeNextPath, signInSchema } from "@/lib/validation/auth";

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = String(formData.get("locale"));
  const parsed = signInSchema.safeParse({ email: formData.get("email") ?? "", password: formData.get("password") ?? "", next: formData.get("next") ?? undefined });
  const values = { email: String(formData.get("email") ?? "").slice(0, 254) }; // never echo the password
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };

  const result = await authenticate({ email: parsed.data.email, password: parsed.data.password, networkKey: networkKeyOf(await headers()) });
  if (!result.ok) {
    // One message for unknown email and wrong password: the form must not reveal accounts.
    return { status: "error", values, fieldErrors: {}, formError: result.reason === "throttled" ? "errors.signInThrottled" : "errors.signInInvalid" };
  }
  await writeSessionCookie(result.claims);
  redirect(safeNextPath(parsed.data.next, `/${isLocale(locale) ? locale : "fr"}/staff`));
}
