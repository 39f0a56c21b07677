import { getTranslations } from "next-intl/server";
import { daysSince, freshnessOf, type Freshness } from "@/lib/freshness";
import { formatInstant } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

// Text carries the meaning; colours (4.5:1 on their background) only reinforce it.
const STYLES: Record<Freshness, string> = {
  current: "border-emerald-400 bg-emerald-50 text-emerald-900",
  aging: "border-amber-400 bg-amber-50 text-amber-900",
  stale: "border-red-300 bg-red-50 text-red-800",
};

/** "updated 12 Nov 2026 · 10 days ago · up to date": how current a project's information is. */
export async function FreshnessLabel({ locale, updatedAt, now }: { locale: Locale; updatedAt: Date; now: Date }) {
  const t = await getTranslations({ locale, namespace: "organizations" });
  const days = daysSince(updatedAt, now);
  const freshness = freshnessOf(days);
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
      <time dateTime={updatedAt.toISOString()}>{formatInstant(locale, updatedAt)}</time>
      <span data-days={days}>{t("daysAgo", { days })}</span>
      <span data-freshness={freshness} className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[freshness]}`}>
        {t(`freshness.${freshness}`)}
      </span>
    </span>
  );
}
