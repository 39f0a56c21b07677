import { getTranslations } from "next-intl/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import type { DayCount } from "@/lib/surveys/results";

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/** The number of responses and the days of the first and the last. */
export async function ResultsFigures({ locale, responses, days }: { locale: Locale; responses: number; days: DayCount[] }) {
  const t = await getTranslations({ locale, namespace: "surveys" });
  const first = days[0];
  const last = days.at(-1);
  const item = "rounded border border-slate-200 p-3";
  return (
    <section aria-labelledby="figures-title" className="space-y-2">
      <h2 id="figures-title" className="sr-only">
        {t("results.figuresHeading")}
      </h2>
      <dl className="grid gap-3 sm:grid-cols-3">
        <div className={item}>
          <dt className="text-sm text-slate-700">{t("results.responses")}</dt>
          <dd className="text-2xl font-bold tabular-nums text-brand-900" data-testid="response-count">
            {formatNumber(locale, responses)}
          </dd>
        </div>
        {first && last && (
          <>
            <div className={item}>
              <dt className="text-sm text-slate-700">{t("results.firstResponse")}</dt>
              <dd className="font-semibold">{formatDate(locale, asDate(first.day))}</dd>
            </div>
            <div className={item}>
              <dt className="text-sm text-slate-700">{t("results.lastResponse")}</dt>
              <dd className="font-semibold">{formatDate(locale, asDate(last.day))}</dd>
            </div>
          </>
        )}
      </dl>
      {responses === 0 && <p>{t("results.noResponse")}</p>}
    </section>
  );
}
