import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IndicatorFacts } from "@/components/indicators/indicator-facts";
import { LocalizedText } from "@/components/localized-text";
import { findIndicators } from "@/lib/data/indicators";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/indicators">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "indicators" });
  return pageMetadata({ locale, path: "/indicators", title: t("title"), description: t("description") });
}

export default async function IndicatorsPage({ params }: PageProps<"/[locale]/indicators">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, indicators] = await Promise.all([getTranslations({ locale, namespace: "indicators" }), findIndicators()]);

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
      </header>
      {indicators.length === 0 ? (
        <p>{t("noIndicator")}</p>
      ) : (
        <ul className="grid gap-6 md:grid-cols-2">
          {indicators.map((indicator) => (
            <li key={indicator.slug} className="rounded border border-slate-200 p-4 shadow-sm" data-indicator={indicator.slug}>
              <h2 className="text-xl font-semibold">
                <LocaleLink locale={locale} href={`/indicators/${indicator.slug}`} className="text-brand-800 underline underline-offset-4 hover:decoration-2">
                  <LocalizedText value={pickText(locale, indicator.titleFr, indicator.titleAr)} />
                </LocaleLink>
              </h2>
              {indicator.descriptionFr && (
                <LocalizedText as="p" className="mt-1 text-sm text-slate-700" value={pickText(locale, indicator.descriptionFr, indicator.descriptionAr)} />
              )}
              <IndicatorFacts
                locale={locale}
                indicator={{ ...indicator, latest: indicator.values[0] ?? null }}
                className="mt-3"
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
