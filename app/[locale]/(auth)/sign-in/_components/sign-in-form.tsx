"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/field";
import { idleState } from "@/lib/forms/form-state";
import { signInAction } from "../actions";

export function SignInForm({ locale, next }: { locale: string; next?: string }) {
  const t = useTranslations("auth");
  const tf = useTranslations("forms");
  const [state, action, isPending] = useActionState(signInAction, idleState);
  const errors = [
    ...(state.formError ? [{ field: "email", message: tf(state.formError) }] : []),
    ...Object.entries(state.fieldErrors).map(([field, key]) => ({ field, message: tf(key as string) })),
  ];
  return (
    <form action={action} noValidate className="max-w-md space-y-5">
      <ErrorSummary title={tf("summaryTitle")} errors={errors} />
      <input type="hidden" name="locale" value={locale} />
      {next && <input type="hidden" name="next" value={next} />}
      <TextField id="email" label={t("email")} type="email" autoComplete="username" required defaultValue={state.values.email} error={state.fieldErrors.email && tf(state.fieldErrors.email)} />
      <TextField id="password" label={t("password")} type="password" autoComplete="current-password" required error={state.fieldErrors.password && tf(state.fieldErrors.password)} />
      <button type="submit" disabled={isPending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400">
        {t("signIn")}
      </button>
    </form>
  );
}
