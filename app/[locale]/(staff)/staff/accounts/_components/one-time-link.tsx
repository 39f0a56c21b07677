"use client";
import { useTranslations } from "next-intl";

/** The set-password link, shown once: there is no mail server, the administrator hands it over. */
export function OneTimeLink({ link }: { link: string }) {
  const t = useTranslations("staff.accounts");
  return (
    <div role="status" className="space-y-2 rounded border-2 border-emerald-700 bg-emerald-50 p-4">
      <p className="font-semibold text-emerald-900">{t("linkReady")}</p>
      <label htmlFor="one-time-link" className="block text-sm">
        {t("linkLabel")}
      </label>
      <input id="one-time-link" readOnly value={link} dir="ltr" className="block w-full rounded border border-slate-500 bg-white px-2 py-1 font-mono text-sm" data-one-time-link />
      <p className="text-sm">{t("linkWarning")}</p>
    </div>
  );
}
