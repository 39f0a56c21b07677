import { formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

/** A percentage as text (what assistive technologies read) and a bar that only illustrates it. */
export function ShareBar({ locale, share }: { locale: Locale; share: number }) {
  const width = Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
  return (
    <div className="flex items-center gap-2">
      <span className="w-12 shrink-0 text-end tabular-nums">{formatPercent(locale, share)}</span>
      <div aria-hidden="true" className="h-3 min-w-12 flex-1 overflow-hidden rounded-sm bg-slate-200">
        <div className="h-full bg-brand-700" style={{ width: `${width}%` }} />
      </div>
    </div>
  );
}
