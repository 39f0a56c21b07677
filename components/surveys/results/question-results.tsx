import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import type { QuestionResult } from "@/lib/data/surveys-results";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { ChoiceResults } from "./choice-results";
import { RatingResults } from "./rating-results";
import { TextResults } from "./text-results";

/** One question of the results: its wording (and project), then its numbers. */
export async function QuestionResults({ locale, result, number }: { locale: Locale; result: QuestionResult; number: number }) {
  const t = await getTranslations({ locale, namespace: "surveys" });
  const { question } = result;
  return (
    <section aria-labelledby={`result-${question.id}-title`} className="space-y-3 border-t border-slate-200 pt-4">
      <h3 id={`result-${question.id}-title`} className="text-lg font-semibold text-brand-900">
        <span className="block text-sm font-semibold text-slate-700">{t("form.questionNumber", { number })}</span>
        <LocalizedText value={pickText(locale, question.promptFr, question.promptAr)} />
      </h3>
      {question.project && (
        <p>
          {t("results.project")}{" "}
          <LocaleLink locale={locale} href={`/projects/${question.project.slug}`} className="font-medium text-brand-800 underline underline-offset-4">
            <LocalizedText value={pickText(locale, question.project.titleFr, question.project.titleAr)} />
          </LocaleLink>
        </p>
      )}
      {result.kind === "choice" && <ChoiceResults locale={locale} result={result} number={number} />}
      {result.kind === "rating" && <RatingResults locale={locale} result={result} number={number} />}
      {result.kind === "text" && <TextResults locale={locale} result={result} number={number} />}
    </section>
  );
}
