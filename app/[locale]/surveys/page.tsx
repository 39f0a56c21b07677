import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { SurveyCard } from "@/components/surveys/survey-card";
import { findOpenSurveys, findSurveysWithPublishedResults } from "@/lib/data/surveys";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/surveys">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "surveys" });
  return pageMetadata({ locale, path: "/surveys", title: t("list.title"), description: t("list.description") });
}

/** Surveys open to answers, and surveys whose results are published. */
export default async function SurveysPage({ params }: PageProps<"/[locale]/surveys">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await connection();
  const now = new Date();
  const [t, open, published] = await Promise.all([getTranslations({ locale, namespace: "surveys" }), findOpenSurveys(now), findSurveysWithPublishedResults(now)]);
  return (
    <div className="space-y-8">
      <Breadcrumb locale={locale} trail={[]} current={t("list.title")} />
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("list.title")}</h1>
        <p className="text-lg">{t("list.intro")}</p>
      </header>
      <section aria-labelledby="open-title" className="space-y-3">
        <h2 id="open-title" className="text-2xl font-semibold text-brand-900">
          {t("list.openHeading")}
        </h2>
        {open.length === 0 ? (
          <p>{t("list.noOpen")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="open-surveys">
            {open.map((survey) => (
              <SurveyCard key={survey.id} locale={locale} survey={survey} variant="open" now={now} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="results-title" className="space-y-3">
        <h2 id="results-title" className="text-2xl font-semibold text-brand-900">
          {t("list.resultsHeading")}
        </h2>
        {published.length === 0 ? (
          <p>{t("list.noResults")}</p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2" data-testid="published-results">
            {published.map((survey) => (
              <SurveyCard key={survey.id} locale={locale} survey={survey} variant="results" now={now} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
