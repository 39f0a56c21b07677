import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { HeadlineFigures } from "@/components/home/headline-figures";
import { OpenSurvey } from "@/components/home/open-survey";
import { findIndicators } from "@/lib/data/indicators";
import { findLatestNews } from "@/lib/data/news";
import { countProjectFigures, findProgramme } from "@/lib/data/programme";
import { findSessionHighlights } from "@/lib/data/sessions";
import { findOpenSurvey } from "@/lib/data/surveys";
import { formatDate, formatNumber, formatInstant } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { todayAsDate } from "@/lib/dates";
import { pageMetadata } from "@/lib/metadata";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "meta" });
  return { ...pageMetadata({ locale: locale as Locale, path: "", title: t("siteName"), description: t("homeDescription") }), title: { absolute: t("siteName") } };
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale); // figures come from the database at request time
  const today = todayAsDate();
  const [t, programme, figures, sessions, news, indicators, survey] = await Promise.all([
    getTranslations({ locale, namespace: "home" }),
    findProgramme(),
    countProjectFigures(today),
    findSessionHighlights(today),
    findLatestNews(3),
    findIndicators(),
    findOpenSurvey(new Date()),
  ]);

  return (
    <div className="space-y-10">
      <section aria-labelledby="programme-title" className="space-y-3">
        <h1 id="programme-title" className="text-3xl font-bold text-brand-900">
          {programme ? <LocalizedText value={pickText(locale, programme.nameFr, programme.nameAr)} /> : t("title")}
        </h1>
        {programme && (
          <>
            <LocalizedText as="p" className="max-w-3xl text-lg" value={pickText(locale, programme.summaryFr, programme.summaryAr)} />
            <LocalizedText as="p" className="max-w-3xl text-slate-700" value={pickText(locale, programme.purposeFr, programme.purposeAr)} />
            <p className="text-sm text-slate-600">
              {t("plan", {
                axis: programme.planAxisNumber,
                count: programme.planAxisCount,
                plan: pickText(locale, programme.planNameFr, programme.planNameAr).text,
              })}
              {" · "}
              {t("period", { start: String(programme.startYear), end: String(programme.endYear) })}
            </p>
          </>
        )}
      </section>

      {programme && <HeadlineFigures locale={locale} figures={figures} programme={programme} />}

      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="sessions-title" className="space-y-2">
          <h2 id="sessions-title" className="text-xl font-semibold text-brand-900">
            {t("sessionsHeading")}
          </h2>
          {sessions.latest ? (
            <p>
              <Link href={`/sessions/${sessions.latest.number}`} className="text-brand-800 underline underline-offset-4">
                {t("latestSession", { number: sessions.latest.number, date: formatDate(locale, sessions.latest.heldOn) })}
              </Link>
            </p>
          ) : (
            <p>{t("noSession")}</p>
          )}
          {sessions.next && <p>{t("nextSession", { date: formatDate(locale, sessions.next.plannedOn) })}</p>}
        </section>

        <section aria-labelledby="indicators-title" className="space-y-2">
          <h2 id="indicators-title" className="text-xl font-semibold text-brand-900">
            {t("indicatorsHeading")}
          </h2>
          {indicators.length === 0 && <p>{t("noIndicator")}</p>}
          <ul className="space-y-3">
            {indicators.map((indicator) => {
              const latest = indicator.values[0];
              const target = Number(indicator.targetValue);
              const unit = pickText(locale, indicator.unitFr, indicator.unitAr).text;
              return (
                <li key={indicator.slug}>
                  <p className="font-medium">
                    <Link href={`/indicators/${indicator.slug}`} className="text-brand-800 underline underline-offset-4">
                      <LocalizedText value={pickText(locale, indicator.titleFr, indicator.titleAr)} />
                    </Link>
                  </p>
                  {latest && (
                    <p>
                      {t("indicatorValue", {
                        value: formatNumber(locale, Number(latest.value)),
                        target: formatNumber(locale, target),
                        unit,
                      })}{" "}
                      <span className="text-sm text-slate-600">({formatDate(locale, latest.observedOn)})</span>
                    </p>
                  )}
                  <p className="text-sm text-slate-600">{t("indicatorTarget", { date: formatDate(locale, indicator.targetOn) })}</p>
                </li>
              );
            })}
          </ul>
        </section>
      </div>

      {survey && <OpenSurvey locale={locale} survey={survey} />}

      <section aria-labelledby="news-title" className="space-y-3">
        <h2 id="news-title" className="text-xl font-semibold text-brand-900">
          {t("newsHeading")}
        </h2>
        {news.length === 0 && <p>{t("noNews")}</p>}
        <ul className="grid gap-4 md:grid-cols-3">
          {news.map((item) => (
            <li key={item.slug} className="rounded border border-slate-200 p-4">
              <h3 className="font-semibold">
                <Link href={`/news/${item.slug}`} className="text-brand-800 underline underline-offset-4">
                  <LocalizedText value={pickText(locale, item.titleFr, item.titleAr)} />
                </Link>
              </h3>
              <p className="text-sm text-slate-600">
                <time dateTime={item.publishedAt.toISOString()}>{formatInstant(locale, item.publishedAt)}</time>
              </p>
              <LocalizedText as="p" className="mt-2 text-sm" value={pickText(locale, item.summaryFr, item.summaryAr)} />
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
