"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/field";
import { idleState } from "@/lib/forms/form-state";
import { changePasswordAction } from "../actions";

export function ChangePasswordForm() {
  const t = useTranslations("staff.account");
  const tf = useTranslations("forms");
  const [state, action, isPending] = useActionState(changePasswordAction, idleState);
  const errors = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, tf(key as string)]));
  const summary = [...(state.formError ? [{ field: "currentPassword", message: tf(state.formError) }] : []), ...Object.entries(errors).map(([field, message]) => ({ field, message }))];
  return (
    <form action={action} noValidate className="max-w-md space-y-4">
      <ErrorSummary title={tf("summaryTitle")} errors={summary} />
      {state.status === "ok" && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-900">
          {t("changed")}
        </p>
      )}
      <TextField id="currentPassword" label={t("currentPassword")} type="password" autoComplete="current-password" error={errors.currentPassword} />
      <TextField id="password" label={t("newPassword")} hint={tf("passwordRules")} type="password" autoComplete="new-password" error={errors.password} />
      <TextField id="confirmation" label={t("confirmation")} type="password" autoComplete="new-password" error={errors.confirmation} />
      <button type="submit" disabled={isPending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400">
        {t("submit")}
      </button>
    </form>
  );
}
