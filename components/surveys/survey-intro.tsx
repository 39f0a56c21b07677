import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { SurveyCard } from "@/lib/data/surveys";
import { formatLastDay } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { IllustrativeNotice } from "./illustrative-notice";

/** The survey's heading: kind, title (the page's h1), whether it is illustrative, description. */
export async function SurveyIntro({ locale, survey, heading }: { locale: Locale; survey: SurveyCard; heading?: string }) {
  const t = await getTranslations({ locale, namespace: "surveys" });
  const title = pickText(locale, survey.titleFr, survey.titleAr);
  return (
    <header className="max-w-3xl space-y-3">
      <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">{t(`kinds.${survey.kind}`)}</p>
      <h1 className="text-3xl font-bold text-brand-900">
        {heading ? (
          <>
            {heading}
            <span className="sr-only"> · </span>
            <LocalizedText value={title} className="mt-1 block text-2xl" />
          </>
        ) : (
          <LocalizedText value={title} />
        )}
      </h1>
      {survey.isIllustrative && <IllustrativeNotice text={t("survey.illustrative")} />}
      <LocalizedText as="p" className="text-lg" value={pickText(locale, survey.descriptionFr, survey.descriptionAr)} />
      {!heading && survey.closesAt && <p className="text-slate-700">{t("survey.closesOn", { date: formatLastDay(locale, survey.closesAt) })}</p>}
    </header>
  );
}
