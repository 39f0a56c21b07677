import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { findProjectSurveyRating } from "@/lib/data/surveys-project-rating";
import { formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/** On a project's page: how relevant respondents of published surveys rate it. Nothing when unrated. */
export async function ProjectSurveyRating({ locale, projectId }: { locale: Locale; projectId: number }) {
  const rating = await findProjectSurveyRating(projectId, new Date());
  if (!rating) return null;
  const t = await getTranslations({ locale, namespace: "surveys" });
  const mean = formatNumber(locale, rating.mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="survey-rating-title" className="space-y-2" data-testid="project-survey-rating">
      <h2 id="survey-rating-title" className="text-2xl font-semibold text-brand-900">
        {t("projectRating.heading")}
      </h2>
      <dl className="flex flex-wrap gap-3">
        <div className="rounded border border-slate-200 p-3">
          <dt className="text-sm text-slate-700">{t("projectRating.mean")}</dt>
          <dd className="text-2xl font-bold tabular-nums text-brand-900">{t("projectRating.meanValue", { mean })}</dd>
        </div>
        <div className="rounded border border-slate-200 p-3">
          <dt className="text-sm text-slate-700">{t("projectRating.count")}</dt>
          <dd className="text-2xl font-bold tabular-nums text-brand-900">{formatNumber(locale, rating.count)}</dd>
        </div>
      </dl>
      <p className="text-sm text-slate-700">{t("projectRating.explanation")}</p>
      <ul className="space-y-1">
        {rating.surveys.map((survey) => (
          <li key={survey.slug}>
            <LocaleLink locale={locale} href={`/surveys/${survey.slug}/results`} className="text-brand-800 underline underline-offset-4">
              {t("projectRating.resultsLink", { title: pickText(locale, survey.titleFr, survey.titleAr).text })}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
