import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

/** The visible percentage is the accessible value; the bar only illustrates it. */
export function ProgressBar({ locale, value, label }: { locale: Locale; value: number; label: string }) {
  const clamped = Math.min(100, Math.max(0, value));
  return (
    <div className="flex items-center gap-2">
      <div aria-hidden="true" className="h-2.5 w-full max-w-48 overflow-hidden rounded-full bg-slate-200">
        <div className="h-full rounded-full bg-brand-700" style={{ width: `${clamped}%` }} />
      </div>
      <span className="whitespace-nowrap text-sm tabular-nums">
        <span className="sr-only">{label} </span>
        {formatNumber(locale, clamped)}&nbsp;%
      </span>
    </div>
  );
}
