import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { QuestionResult } from "@/lib/data/surveys-results";
import { formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { shareOf } from "@/lib/surveys/results";
import { ResultsTable, resultCell } from "./results-table";
import { ShareBar } from "./share-bar";

/** Counts and shares per option; the share is of the people who answered this question. */
export async function ChoiceResults({ locale, result, number }: { locale: Locale; result: Extract<QuestionResult, { kind: "choice" }>; number: number }) {
  const t = await getTranslations({ locale, namespace: "surveys" });
  const labels = new Map(result.question.options.map((o) => [o.id, pickText(locale, o.labelFr, o.labelAr)]));
  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-700">{t("results.answeredBy", { count: formatNumber(locale, result.answered) })}</p>
      {result.question.kind === "MULTIPLE_CHOICE" && <p className="text-sm text-slate-700">{t("results.multipleNote")}</p>}
      <ResultsTable caption={t("results.choiceCaption", { number })} head={[t("results.option"), t("results.count"), t("results.share")]} testId={`results-q${number}`}>
        {result.options.map((option) => (
          <tr key={option.id}>
            <th scope="row" className={resultCell.rowHeader}>
              <LocalizedText value={labels.get(option.id)!} />
            </th>
            <td className={resultCell.count}>{formatNumber(locale, option.count)}</td>
            <td className={resultCell.share}>
              <ShareBar locale={locale} share={shareOf(option.count, result.answered)} />
            </td>
          </tr>
        ))}
      </ResultsTable>
    </div>
  );
}
