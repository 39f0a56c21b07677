import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { IndicatorChart } from "@/components/indicators/indicator-chart";
import { IndicatorFacts } from "@/components/indicators/indicator-facts";
import { LocalizedText } from "@/components/localized-text";
import { ScrollTable, tableClasses as c } from "@/components/scroll-table";
import { findIndicator } from "@/lib/data/indicators";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;
// No page is rendered at build time (the build has no database).
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/indicators/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  const [t, indicator] = await Promise.all([getTranslations({ locale, namespace: "indicators" }), findIndicator(slug)]);
  if (!indicator) return {};
  const title = pickText(locale, indicator.titleFr, indicator.titleAr).text;
  return pageMetadata({
    locale,
    path: `/indicators/${indicator.slug}`,
    title,
    description: indicator.descriptionFr ? pickText(locale, indicator.descriptionFr, indicator.descriptionAr).text : t("description"),
  });
}

export default async function IndicatorPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, indicator] = await Promise.all([getTranslations({ locale, namespace: "indicators" }), findIndicator(slug)]);
  if (!indicator) notFound();
  const title = pickText(locale, indicator.titleFr, indicator.titleAr);
  const unit = pickText(locale, indicator.unitFr, indicator.unitAr);
  const values = indicator.values.map((v) => ({ on: v.observedOn, value: Number(v.value.toString()) }));
  const target = { on: indicator.targetOn, value: Number(indicator.targetValue.toString()) };
  const day = (date: Date) => <time dateTime={date.toISOString().slice(0, 10)}>{formatDate(locale, date)}</time>;

  return (
    <div className="space-y-10">
      <div>
        <Breadcrumb locale={locale} trail={[{ href: "/indicators", label: t("title") }]} current={<LocalizedText value={title} />} />
        <header className="space-y-3">
          <h1 className="text-3xl font-bold text-brand-900">
            <LocalizedText value={title} />
          </h1>
          {indicator.descriptionFr && <LocalizedText as="p" className="max-w-3xl text-lg" value={pickText(locale, indicator.descriptionFr, indicator.descriptionAr)} />}
          {indicator.project && (
            <p>
              {t("project")}{" "}
              <LocaleLink locale={locale} href={`/projects/${indicator.project.slug}`} className="text-brand-800 underline underline-offset-4">
                <LocalizedText value={pickText(locale, indicator.project.titleFr, indicator.project.titleAr)} />
              </LocaleLink>
            </p>
          )}
        </header>
      </div>

      <IndicatorFacts locale={locale} indicator={{ ...indicator, latest: indicator.values.at(-1) ?? null }} className="text-base" />

      <section aria-labelledby="history-title" className="space-y-4">
        <h2 id="history-title" className="text-2xl font-semibold text-brand-900">
          {t("historyHeading")}
        </h2>
        <figure className="space-y-2">
          <IndicatorChart locale={locale} id="indicator-chart" title={t("chartTitle", { title: title.text })} unit={unit.text} values={values} target={target} />
          <figcaption className="text-sm text-slate-700">{t("chartCaption")}</figcaption>
        </figure>

        <ScrollTable captionId="history-caption" caption={t("tableCaption", { title: title.text })} testId="indicator-table">
            <thead>
              <tr>
                <th scope="col" className={c.th}>
                  {t("date")}
                </th>
                <th scope="col" className={c.th}>
                  {t("value", { unit: unit.text })}
                </th>
                <th scope="col" className={c.th}>
                  {t("nature")}
                </th>
                <th scope="col" className={c.th}>
                  {t("note")}
                </th>
              </tr>
            </thead>
            <tbody>
              {indicator.values.map((value) => (
                <tr key={value.observedOn.toISOString()} data-row="observed">
                  <th scope="row" className={`${c.rowHeader} whitespace-nowrap`}>
                    {day(value.observedOn)}
                  </th>
                  <td className={`${c.td} tabular-nums`}>{formatNumber(locale, Number(value.value.toString()))}</td>
                  <td className={c.td}>{t("observed")}</td>
                  <td className={`${c.td} min-w-48`}>
                    {value.noteFr && <LocalizedText value={pickText(locale, value.noteFr, value.noteAr)} />}
                    {value.source && (
                      <span className="block text-slate-700">
                        {t("source")}{" "}
                        {value.source.url ? (
                          <a href={value.source.url} rel="noopener noreferrer external" className="text-brand-800 underline" lang="fr" dir="ltr">
                            {value.source.publisher ?? value.source.title}
                          </a>
                        ) : (
                          <span lang="fr" dir="ltr">
                            {value.source.publisher ?? value.source.title}
                          </span>
                        )}
                      </span>
                    )}
                  </td>
                </tr>
              ))}
              <tr data-row="target" className="bg-red-50/40">
                <th scope="row" className={`${c.rowHeader} whitespace-nowrap`}>
                  {day(indicator.targetOn)}
                </th>
                <td className={`${c.td} font-semibold tabular-nums`}>{formatNumber(locale, target.value)}</td>
                <td className={c.td}>{t("targetNature")}</td>
                <td className={c.td} />
              </tr>
            </tbody>
          </ScrollTable>
      </section>
    </div>
  );
}
