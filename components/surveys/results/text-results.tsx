import { getTranslations } from "next-intl/server";
import type { QuestionResult } from "@/lib/data/surveys-results";
import { formatNumber, labelSeparator } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

/** Free-text answers: how many arrived, how many moderators approved, the latest approved ones. */
export async function TextResults({ locale, result, number }: { locale: Locale; result: Extract<QuestionResult, { kind: "text" }>; number: number }) {
  const t = await getTranslations({ locale, namespace: "surveys" });
  const sep = labelSeparator(locale);
  return (
    <div className="space-y-3" data-testid={`results-q${number}`}>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
        <div>
          <dt className="inline">
            {t("results.textReceived")}
            {sep}
          </dt>
          <dd className="inline font-semibold tabular-nums">{formatNumber(locale, result.received)}</dd>
        </div>
        <div>
          <dt className="inline">
            {t("results.textApproved")}
            {sep}
          </dt>
          <dd className="inline font-semibold tabular-nums">{formatNumber(locale, result.approved)}</dd>
        </div>
      </dl>
      {result.texts.length === 0 ? (
        <p>{t("results.noText")}</p>
      ) : (
        <>
          <p>{t("results.textShown", { shown: result.texts.length })}</p>
          <ul className="space-y-2">
            {result.texts.map((text) => (
              // Plain text as text (React escapes it); dir="auto" lays out Arabic or French as written.
              <li key={text.id} dir="auto" className="whitespace-pre-line break-words rounded border-s-4 border-slate-300 bg-slate-50 p-3 text-start">
                {text.text}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
