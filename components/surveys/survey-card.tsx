import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import type { SurveyCard as Survey } from "@/lib/data/surveys";
import { formatInstant, formatLastDay, labelSeparator } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

const button = "inline-block rounded bg-brand-800 px-4 py-2 font-semibold text-white underline-offset-4 hover:bg-brand-900 hover:underline";

/** A survey in a list: to answer it (open list) or to read its results (results list). */
export async function SurveyCard({ locale, survey, variant, now }: { locale: Locale; survey: Survey; variant: "open" | "results"; now: Date }) {
  const t = await getTranslations({ locale, namespace: "surveys" });
  const isOpen = variant === "open";
  const href = `/surveys/${survey.slug}${isOpen ? "" : "/results"}`;
  const isClosed = survey.closesAt !== null && survey.closesAt <= now;
  const title = pickText(locale, survey.titleFr, survey.titleAr);
  return (
    <li className="space-y-2 rounded border border-slate-200 p-4">
      <p className="text-sm font-semibold text-slate-700">
        {t(`kinds.${survey.kind}`)}
        {survey.isIllustrative && <span className="ms-2 inline-block whitespace-nowrap rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t("list.illustrative")}</span>}
      </p>
      <h3 className="text-lg font-semibold text-brand-900">
        <LocalizedText value={title} />
      </h3>
      <LocalizedText as="p" value={pickText(locale, survey.descriptionFr, survey.descriptionAr)} />
      <p className="text-sm text-slate-700">
        {isOpen
          ? survey.closesAt
            ? t("list.closesOn", { date: formatLastDay(locale, survey.closesAt) })
            : t("list.noEnd")
          : [
              survey.resultsPublishedAt && t("list.publishedOn", { date: formatInstant(locale, survey.resultsPublishedAt) }),
              isClosed && survey.closesAt && t("list.closedOn", { date: formatLastDay(locale, survey.closesAt) }),
            ]
              .filter(Boolean)
              .join(" · ")}
      </p>
      <p>
        <LocaleLink locale={locale} href={href} className={button}>
          {isOpen ? t("list.answer") : t("list.seeResults")}
          {/* The link names its survey for screen-reader link lists. */}
          <span className="sr-only">
            {labelSeparator(locale)}
            <LocalizedText value={title} />
          </span>
        </LocaleLink>
      </p>
    </li>
  );
}
