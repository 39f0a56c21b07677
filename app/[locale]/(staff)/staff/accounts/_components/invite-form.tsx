"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/field";
import { idleState } from "@/lib/forms/form-state";
import { inviteAccountAction } from "../actions";
import { RoleAndOrganizationFields } from "./account-fields";
import { OneTimeLink } from "./one-time-link";

type Option = { value: string; label: string };

export function InviteForm({ locale, roles, organizations }: { locale: string; roles: Option[]; organizations: Option[] }) {
  const t = useTranslations("staff.accounts");
  const tf = useTranslations("forms");
  const [state, action, isPending] = useActionState(inviteAccountAction, idleState);
  const errors = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, tf(key as string)]));
  const summary = [...(state.formError ? [{ field: "email", message: tf(state.formError) }] : []), ...Object.entries(errors).map(([field, message]) => ({ field, message }))];
  return (
    <form action={action} noValidate className="max-w-xl space-y-4">
      <ErrorSummary title={tf("summaryTitle")} errors={summary} />
      {state.status === "ok" && typeof state.detail?.link === "string" && <OneTimeLink link={state.detail.link} />}
      <input type="hidden" name="locale" value={locale} />
      <TextField id="email" label={t("email")} type="email" autoComplete="off" defaultValue={state.values.email} error={errors.email} />
      <TextField id="name" label={t("name")} autoComplete="off" defaultValue={state.values.name} error={errors.name} />
      <RoleAndOrganizationFields roles={roles} organizations={organizations} values={state.values} errors={errors} />
      <button type="submit" disabled={isPending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400">
        {t("invite")}
      </button>
    </form>
  );
}
