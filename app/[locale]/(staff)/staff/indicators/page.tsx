import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { findStaffIndicators } from "@/lib/data/indicator-edit";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { contentEditor, ForbiddenContent, linkClass, tableClass, tdClass, thClass } from "../_components/content-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/indicators">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("indicatorsAdmin.title") };
}

export default async function StaffIndicatorsPage({ params }: PageProps<"/[locale]/staff/indicators">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const indicators = await findStaffIndicators(user);
  const amount = (value: { toString(): string }, unit: string) => `${formatNumber(locale, Number(value.toString()))} ${unit}`;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("indicatorsAdmin.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("indicatorsAdmin.intro")}</p>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">{t("indicatorsAdmin.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={thClass}>{t("indicatorsAdmin.columns.indicator")}</th>
              <th scope="col" className={thClass}>{t("indicatorsAdmin.columns.target")}</th>
              <th scope="col" className={thClass}>{t("indicatorsAdmin.columns.latest")}</th>
            </tr>
          </thead>
          <tbody>
            {indicators.map((indicator) => {
              const unit = pickText(locale, indicator.unitFr, indicator.unitAr).text;
              const latest = indicator.values[0];
              return (
                <tr key={indicator.slug} className="border-b border-slate-200">
                  <th scope="row" className={`${tdClass} min-w-56 text-start font-normal`}>
                    <Link href={`/staff/indicators/${indicator.slug}`} className={linkClass}>
                      <LocalizedText value={pickText(locale, indicator.titleFr, indicator.titleAr)} />
                    </Link>
                  </th>
                  <td className={tdClass}>{t("indicatorsAdmin.valueOn", { value: amount(indicator.targetValue, unit), date: formatDate(locale, indicator.targetOn, "short") })}</td>
                  <td className={tdClass}>{latest ? t("indicatorsAdmin.valueOn", { value: amount(latest.value, unit), date: formatDate(locale, latest.observedOn, "short") }) : t("indicatorsAdmin.noValue")}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
