import { getTranslations } from "next-intl/server";
import type { QuestionResult } from "@/lib/data/surveys-results";
import { formatNumber, labelSeparator } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { shareOf } from "@/lib/surveys/results";
import { ResultsTable, resultCell } from "./results-table";
import { ShareBar } from "./share-bar";

/** Mean rating and the distribution of ratings 1 to 5. */
export async function RatingResults({ locale, result, number }: { locale: Locale; result: Extract<QuestionResult, { kind: "rating" }>; number: number }) {
  const t = await getTranslations({ locale, namespace: "surveys" });
  const { counts, total, mean } = result.ratings;
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{t("results.answeredBy", { count: formatNumber(locale, total) })}</p>
      {mean !== null && (
        <p className="text-lg" data-testid={`mean-q${number}`}>
          {t("results.mean")}
          {labelSeparator(locale)}
          <strong className="tabular-nums">{t("results.meanValue", { mean: formatNumber(locale, mean, { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })}</strong>
        </p>
      )}
      <ResultsTable caption={t("results.ratingCaption", { number })} head={[t("results.rating"), t("results.count"), t("results.share")]} testId={`results-q${number}`}>
        {counts.map(({ rating, count }) => (
          <tr key={rating}>
            <th scope="row" className={`${resultCell.rowHeader} tabular-nums`}>
              {rating}
            </th>
            <td className={resultCell.count}>{formatNumber(locale, count)}</td>
            <td className={resultCell.share}>
              <ShareBar locale={locale} share={shareOf(count, total)} />
            </td>
          </tr>
        ))}
      </ResultsTable>
    </div>
  );
}
