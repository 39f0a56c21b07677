import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { ProgressBar } from "@/components/projects/progress-bar";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { progressTowardTarget } from "@/lib/indicator-chart";

type Decimalish = { toString(): string };

export type IndicatorFactsInput = {
  unitFr: string;
  unitAr: string | null;
  baselineValue: Decimalish | null;
  targetValue: Decimalish;
  targetOn: Date;
  latest: { value: Decimalish; observedOn: Date } | null;
};

/** Current value against the target and its date, and how far along the way to the target it is. */
export async function IndicatorFacts({ locale, indicator, className = "" }: { locale: Locale; indicator: IndicatorFactsInput; className?: string }) {
  const t = await getTranslations({ locale, namespace: "indicators" });
  const unit = pickText(locale, indicator.unitFr, indicator.unitAr);
  const target = Number(indicator.targetValue.toString());
  const baseline = indicator.baselineValue === null ? null : Number(indicator.baselineValue.toString());
  const current = indicator.latest ? Number(indicator.latest.value.toString()) : null;
  const progress = progressTowardTarget({ current, target, baseline });
  const day = (date: Date) => <time dateTime={date.toISOString().slice(0, 10)}>{formatDate(locale, date)}</time>;
  return (
    <dl className={`grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[max-content_1fr] ${className}`}>
      <dt className="font-medium text-slate-700">{t("current")}</dt>
      <dd data-testid="indicator-current">
        {current === null ? (
          t("noValue")
        ) : (
          <>
            <span className="text-2xl font-bold text-brand-900 tabular-nums">{formatNumber(locale, current)}</span>{" "}
            <LocalizedText value={unit} /> <span className="text-slate-700">({t("asOf")} {day(indicator.latest!.observedOn)})</span>
          </>
        )}
      </dd>
      <dt className="font-medium text-slate-700">{t("target")}</dt>
      <dd data-testid="indicator-target">
        <span className="font-semibold tabular-nums">{formatNumber(locale, target)}</span> <LocalizedText value={unit} /> {t("by")} {day(indicator.targetOn)}
      </dd>
      {baseline !== null && (
        <>
          <dt className="font-medium text-slate-700">{t("baseline")}</dt>
          <dd>
            <span className="tabular-nums">{formatNumber(locale, baseline)}</span> <LocalizedText value={unit} />
          </dd>
        </>
      )}
      <dt className="font-medium text-slate-700">{t("progress")}</dt>
      <dd>{progress === null ? t("noValue") : <ProgressBar locale={locale} value={Math.round(progress * 100)} label={t("progress")} />}</dd>
    </dl>
  );
}
