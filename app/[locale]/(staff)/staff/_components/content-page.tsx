import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { hasPermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/routing";

export type StaffTranslator = Awaited<ReturnType<typeof getTranslations<"staff">>>;

/**
 * The signed-in user and the staff messages, and whether they may edit content. The page
 * shows a refusal when not; the data layer refuses (and audits) on its own anyway.
 */
export async function contentEditor(locale: Locale): Promise<{ user: CurrentUser; t: StaffTranslator; isAllowed: boolean }> {
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  return { user, t, isAllowed: hasPermission(user, "content.edit") };
}

export function ForbiddenContent({ t }: { t: StaffTranslator }) {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenPage")}</p>
    </div>
  );
}

/** The confirmation after a save, announced politely to screen readers. */
export function SavedNotice({ children }: { children: ReactNode }) {
  return (
    <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-900">
      {children}
    </p>
  );
}

/** "Titre (français)" / "Titre (arabe)" for the two inputs of a bilingual column. */
export function bilingualLabels(t: StaffTranslator, label: string): { fr: string; ar: string } {
  return { fr: t("content.inFrench", { label }), ar: t("content.inArabic", { label }) };
}

export const tableClass = "min-w-full border-collapse text-sm";
export const thClass = "p-2 text-start";
export const tdClass = "p-2 align-top";
export const linkClass = "font-semibold text-brand-800 underline underline-offset-4";
export const buttonLinkClass = "inline-block rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400";
