import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { CollectionMethod } from "@/components/surveys/results/collection-method";
import { QuestionResults } from "@/components/surveys/results/question-results";
import { ResponsesPerDay } from "@/components/surveys/results/responses-per-day";
import { ResultsFigures } from "@/components/surveys/results/results-figures";
import { SurveyIntro } from "@/components/surveys/survey-intro";
import { findPublicSurveyBySlug } from "@/lib/data/surveys";
import { findSurveyResults } from "@/lib/data/surveys-results";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { parseSlug } from "@/lib/route-params";
import { areResultsPublished, isSurveyOpen } from "@/lib/surveys/lifecycle";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/surveys/[slug]/results">;

async function load(slug: string) {
  // Only published results exist: a draft's or an unpublished survey's results are a 404.
  return parseSlug(slug) ? findSurveyResults(slug, new Date()) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  await connection();
  // Metadata needs only the survey, not the aggregates; the page reads them.
  const survey = parseSlug(slug) ? await findPublicSurveyBySlug(slug) : null;
  if (!survey || !areResultsPublished(survey, new Date())) return {};
  const t = await getTranslations({ locale, namespace: "surveys" });
  const title = pickText(locale, survey.titleFr, survey.titleAr).text;
  return pageMetadata({ locale, path: `/surveys/${survey.slug}/results`, title: t("results.title", { title }), description: t("results.description", { title }) });
}

const link = "text-brand-800 underline underline-offset-4 hover:decoration-2";

/** A survey's published results, server-rendered: no client code. */
export default async function SurveyResultsPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  await connection();
  const results = await load(slug);
  if (!results) notFound();
  const t = await getTranslations({ locale, namespace: "surveys" });
  const { survey } = results;
  const title = pickText(locale, survey.titleFr, survey.titleAr);
  return (
    <div className="space-y-8">
      <Breadcrumb
        locale={locale}
        trail={[
          { href: "/surveys", label: t("list.title") },
          { href: `/surveys/${survey.slug}`, label: <LocalizedText value={title} /> },
        ]}
        current={t("results.heading")}
      />
      <SurveyIntro locale={locale} survey={survey} heading={t("results.heading")} />
      {isSurveyOpen(survey, new Date()) && <p className="max-w-3xl rounded border-s-4 border-brand-700 bg-brand-50 p-3">{t("results.pending")}</p>}
      <ResultsFigures locale={locale} responses={results.responses} days={results.days} />
      <div className="grid gap-10 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="questions-title" className="min-w-0 space-y-6">
          <h2 id="questions-title" className="text-2xl font-semibold text-brand-900">
            {t("results.questionsHeading")}
          </h2>
          {results.questions.map((result, index) => (
            <QuestionResults key={result.question.id} locale={locale} result={result} number={index + 1} />
          ))}
        </section>
        <div className="min-w-0 space-y-8">
          <ResponsesPerDay locale={locale} days={results.days} />
          <CollectionMethod locale={locale} hasFreeText={results.questions.some((r) => r.kind === "text")} />
        </div>
      </div>
      <p>
        <LocaleLink locale={locale} href={`/surveys/${survey.slug}`} className={link}>
          {t("results.backToSurvey")}
        </LocaleLink>
      </p>
    </div>
  );
}
