"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/field";
import { idleState } from "@/lib/forms/form-state";
import { setPasswordAction } from "../actions";

export function SetPasswordForm({ locale, token, email }: { locale: string; token: string; email: string }) {
  const t = useTranslations("auth");
  const tf = useTranslations("forms");
  const [state, action, isPending] = useActionState(setPasswordAction, idleState);
  const errors = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, tf(key as string)]));
  const summary = [...(state.formError ? [{ field: "password", message: tf(state.formError) }] : []), ...Object.entries(errors).map(([field, message]) => ({ field, message }))];
  return (
    <form action={action} noValidate className="max-w-md space-y-4">
      <ErrorSummary title={tf("summaryTitle")} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      {/* Lets password managers store the new password under the right account. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <TextField id="password" label={t("newPassword")} hint={tf("passwordRules")} type="password" autoComplete="new-password" error={errors.password} />
      <TextField id="confirmation" label={t("confirmation")} type="password" autoComplete="new-password" error={errors.confirmation} />
      <button type="submit" disabled={isPending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400">
        {t("setPassword")}
      </button>
    </form>
  );
}
