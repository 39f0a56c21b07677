import { getTranslations } from "next-intl/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { directionOf, type Locale } from "@/lib/i18n/routing";
import { layoutDayBars, type DayCount } from "@/lib/surveys/results";
import { resultCell } from "./results-table";

const WIDTH = 320;
const HEIGHT = 96;
const OPEN_TABLE_UP_TO = 14;

const asDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Responses per day: a small column chart drawn on the server (SVG, role="img", described
 * in words) from two days on, and the same numbers as a table, folded away when the survey
 * ran for weeks.
 */
export async function ResponsesPerDay({ locale, days }: { locale: Locale; days: DayCount[] }) {
  const t = await getTranslations({ locale, namespace: "surveys" });
  if (days.length === 0) return null;
  const { bars, max } = layoutDayBars(days, WIDTH, HEIGHT);
  const peak = days.find((d) => d.count === max)!;
  const from = formatDate(locale, asDate(days[0]!.day), "short");
  const to = formatDate(locale, asDate(days.at(-1)!.day), "short");
  const table = (
    <table className="w-full border-collapse text-sm" data-testid="responses-per-day">
      <caption className="sr-only">{t("results.perDayCaption")}</caption>
      <thead>
        <tr>
          <th scope="col" className={`${resultCell.th} text-start`}>
            {t("results.day")}
          </th>
          <th scope="col" className={`${resultCell.th} text-end`}>
            {t("results.dayCount")}
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={d.day}>
            <th scope="row" className={resultCell.rowHeader}>
              <time dateTime={d.day}>{formatDate(locale, asDate(d.day))}</time>
            </th>
            <td className={resultCell.count}>{formatNumber(locale, d.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <section aria-labelledby="per-day-title" className="space-y-3">
      <h2 id="per-day-title" className="text-xl font-semibold text-brand-900">
        {t("results.perDayHeading")}
      </h2>
      {/* A chart needs two days at least; the table always has the numbers. */}
      {days.length >= 2 && (
        <div className="max-w-md space-y-1">
          {/* Time runs left to right in both languages, as in the indicator charts. */}
          <svg role="img" aria-labelledby="per-day-chart-title" aria-describedby="per-day-chart-desc" viewBox={`0 0 ${WIDTH} ${HEIGHT + 2}`} className="h-auto w-full">
            <title id="per-day-chart-title">{t("results.chartTitle", { from, to })}</title>
            <desc id="per-day-chart-desc">
              {t("results.chartDescription", { days: formatNumber(locale, days.length), max: formatNumber(locale, max), peak: formatDate(locale, asDate(peak.day)) })}
            </desc>
            <line x1={0} x2={WIDTH} y1={HEIGHT + 1} y2={HEIGHT + 1} stroke="#475569" strokeWidth={1} />
            {bars.map((bar) => (
              <rect key={bar.day} x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill="#0b5d44" />
            ))}
          </svg>
          {/* Laid out left to right like the chart; each date keeps its own language's direction. */}
          <p className="flex justify-between text-xs text-slate-700" dir="ltr">
            <span dir={directionOf(locale)}>{from}</span>
            <span dir={directionOf(locale)}>{to}</span>
          </p>
        </div>
      )}
      {days.length <= OPEN_TABLE_UP_TO ? (
        table
      ) : (
        <details>
          <summary className="cursor-pointer py-1 font-medium text-brand-800 underline underline-offset-4">{t("results.perDayShow")}</summary>
          <div className="mt-2">{table}</div>
        </details>
      )}
    </section>
  );
}
