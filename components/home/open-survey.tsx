import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { formatLastDay } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

type OpenSurveyProps = {
  locale: Locale;
  survey: { slug: string; titleFr: string; titleAr: string | null; descriptionFr: string; descriptionAr: string | null; closesAt: Date | null; isIllustrative: boolean };
};

/** The home page's invitation to answer the survey currently open, with a link to it. */
export async function OpenSurvey({ locale, survey }: OpenSurveyProps) {
  const [t, ts] = await Promise.all([getTranslations({ locale, namespace: "home" }), getTranslations({ locale, namespace: "surveys" })]);
  const title = pickText(locale, survey.titleFr, survey.titleAr);
  return (
    <section aria-labelledby="survey-title" className="space-y-2 rounded border-s-4 border-yellow-500 bg-yellow-50 p-4">
      <h2 id="survey-title" className="text-xl font-semibold text-brand-900">
        {t("surveyHeading")}
      </h2>
      <LocalizedText as="p" className="font-medium" value={title} />
      {survey.isIllustrative && <p className="text-sm font-semibold text-amber-900">{t("surveyIllustrative")}</p>}
      <LocalizedText as="p" value={pickText(locale, survey.descriptionFr, survey.descriptionAr)} />
      {survey.closesAt && <p className="text-sm text-slate-700">{t("surveyCloses", { date: formatLastDay(locale, survey.closesAt) })}</p>}
      <p className="flex flex-wrap items-center gap-x-4 gap-y-2 pt-1">
        <LocaleLink locale={locale} href={`/surveys/${survey.slug}`} className="inline-block rounded bg-brand-800 px-4 py-2 font-semibold text-white underline-offset-4 hover:bg-brand-900 hover:underline" data-testid="home-survey-link">
          {ts("home.answer")}
        </LocaleLink>
        <LocaleLink locale={locale} href="/surveys" className="text-brand-800 underline underline-offset-4">
          {ts("home.all")}
        </LocaleLink>
      </p>
    </section>
  );
}
