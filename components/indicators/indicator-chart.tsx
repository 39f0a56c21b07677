import { getTranslations } from "next-intl/server";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { layoutIndicatorChart, type ChartValue } from "@/lib/indicator-chart";

/**
 * The history of an indicator drawn on the server as inline SVG: observed values as a
 * line with points, the target as a dashed line and a marker at its date. role="img"
 * with a title and a description that says the same in words; the data table below the
 * chart gives every number.
 */
export async function IndicatorChart({
  locale,
  id,
  title,
  unit,
  values,
  target,
}: {
  locale: Locale;
  id: string;
  title: string;
  unit: string;
  values: ChartValue[];
  target: ChartValue;
}) {
  const t = await getTranslations({ locale, namespace: "indicators" });
  // Compact drawing, large type: the chart stays legible when scaled down to a phone's width.
  const layout = layoutIndicatorChart({ values, target, width: 520, height: 300 });
  const isRtl = locale === "ar";
  // Where a label sits relative to its point, physically; `direction` flips start/end in Arabic.
  const anchor = (side: "left" | "right" | "middle") => (side === "middle" ? "middle" : (side === "left") !== isRtl ? "start" : "end");
  const textDirection = isRtl ? "rtl" : "ltr";
  const { plot } = layout;
  const last = values.at(-1);
  const description = [
    ...values.map((v) => t("chartPoint", { value: formatNumber(locale, v.value), unit, date: formatDate(locale, v.on) })),
    t("chartTarget", { value: formatNumber(locale, target.value), unit, date: formatDate(locale, target.on) }),
  ].join(locale === "ar" ? "؛ " : " ; ");
  const lastPoint = layout.points.at(-1);
  const line = layout.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
  return (
    // Time runs left to right in both languages, as in printed statistics; labels are not mirrored.
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      className="h-auto w-full max-w-xl"
      fontFamily="inherit"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {layout.yTicks.map((tick) => (
        <g key={tick.value}>
          <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} stroke="#cbd5e1" strokeWidth={1} />
          <text x={plot.left - 8} y={tick.y + 5} textAnchor={anchor("right")} direction={textDirection} fontSize={15} fill="#334155">
            {formatNumber(locale, tick.value)}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="#475569" strokeWidth={1.5} />
      {layout.xTicks.map((tick, index) => (
        <text
          key={tick.on.toISOString()}
          x={tick.x}
          y={plot.bottom + 24}
          fontSize={15}
          fill="#334155"
          direction={textDirection}
          textAnchor={layout.xTicks.length < 2 ? anchor("middle") : index === 0 ? anchor("left") : index === layout.xTicks.length - 1 ? anchor("right") : anchor("middle")}
        >
          {formatDate(locale, tick.on)}
        </text>
      ))}
      {/* Target: dashed horizontal line and a diamond at the target date. */}
      <line x1={plot.left} x2={plot.right} y1={layout.target.y} y2={layout.target.y} stroke="#b3261e" strokeWidth={2} strokeDasharray="6 4" />
      <path d={`M ${layout.target.x} ${layout.target.y - 7} l 7 7 l -7 7 l -7 -7 z`} fill="#b3261e" />
      <text x={layout.target.x - 10} y={layout.target.y - 12} textAnchor={anchor("right")} direction={textDirection} fontSize={16} fontWeight={600} fill="#8f1e18">
        {t("chartTargetLabel", { value: formatNumber(locale, target.value) })}
      </text>
      {lastPoint && lastPoint.on.getTime() < target.on.getTime() && (
        // The pace still needed: from the latest value to the target.
        <line x1={lastPoint.x} y1={lastPoint.y} x2={layout.target.x} y2={layout.target.y} stroke="#64748b" strokeWidth={1.5} strokeDasharray="2 4" />
      )}
      {layout.points.length > 1 && <polyline points={line} fill="none" stroke="#0b5d44" strokeWidth={3} />}
      {layout.points.map((point) => (
        <g key={point.on.toISOString()}>
          <circle cx={point.x} cy={point.y} r={5} fill="#0b5d44" />
          <text x={point.x + 8} y={point.y - 10} textAnchor={anchor("left")} direction={textDirection} fontSize={16} fontWeight={600} fill="#063a2b">
            {formatNumber(locale, point.value)}
          </text>
        </g>
      ))}
      {last === undefined && (
        <text x={(plot.left + plot.right) / 2} y={(plot.top + plot.bottom) / 2} textAnchor="middle" direction={textDirection} fontSize={16} fill="#334155">
          {t("noValue")}
        </text>
      )}
    </svg>
  );
}
