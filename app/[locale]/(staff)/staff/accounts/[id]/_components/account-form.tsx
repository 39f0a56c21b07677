"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/field";
import { idleState } from "@/lib/forms/form-state";
import { issueLinkAction, updateAccountAction } from "../../actions";
import { RoleAndOrganizationFields } from "../../_components/account-fields";
import { OneTimeLink } from "../../_components/one-time-link";

type Option = { value: string; label: string };

export function AccountForm({ userId, locale, initial, roles, organizations }: { userId: number; locale: string; initial: Record<string, string>; roles: Option[]; organizations: Option[] }) {
  const t = useTranslations("staff.accounts");
  const tf = useTranslations("forms");
  const [state, action, isPending] = useActionState(updateAccountAction, idleState);
  const [linkState, linkAction, isLinkPending] = useActionState(issueLinkAction, idleState);
  const values = state.status === "idle" ? initial : state.values;
  const errors = Object.fromEntries(Object.entries(state.fieldErrors).map(([field, key]) => [field, tf(key as string)]));
  const summary = [...(state.formError ? [{ field: "name", message: tf(state.formError) }] : []), ...Object.entries(errors).map(([field, message]) => ({ field, message }))];
  return (
    <div className="space-y-8">
      <form action={action} noValidate className="max-w-xl space-y-4">
        <ErrorSummary title={tf("summaryTitle")} errors={summary} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="userId" value={userId} />
        <TextField id="name" label={t("name")} defaultValue={values.name} error={errors.name} />
        <RoleAndOrganizationFields roles={roles} organizations={organizations} values={values} errors={errors} />
        <div className="flex items-start gap-2">
          <input id="isDisabled" name="isDisabled" type="checkbox" value="on" defaultChecked={values.isDisabled === "on"} className="mt-1 h-5 w-5" aria-describedby="isDisabled-hint" />
          <div>
            <label htmlFor="isDisabled" className="font-semibold">
              {t("disable")}
            </label>
            <p id="isDisabled-hint" className="text-sm text-slate-700">
              {t("disableHint")}
            </p>
          </div>
        </div>
        <button type="submit" disabled={isPending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400">
          {t("save")}
        </button>
      </form>
      <form action={linkAction} className="max-w-xl space-y-3 border-t border-slate-300 pt-6">
        <h2 className="text-xl font-semibold">{t("resetTitle")}</h2>
        <p className="text-slate-700">{t("resetIntro")}</p>
        {linkState.formError && <p className="font-semibold text-red-800">{tf(linkState.formError)}</p>}
        {linkState.status === "ok" && typeof linkState.detail?.link === "string" && <OneTimeLink link={linkState.detail.link} />}
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" disabled={isLinkPending} className="rounded border-2 border-brand-800 px-5 py-2 font-semibold text-brand-900 hover:bg-slate-100">
          {t("issueLink")}
        </button>
      </form>
    </div>
  );
}
