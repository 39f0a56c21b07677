const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (date-only values are UTC midnights, so this is exact). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** Slip of a date against its baseline, in days; positive means later than first planned. */
export function slipInDays(baseline: Date | null, current: Date | null): number | null {
  return baseline && current ? daysBetween(baseline, current) : null;
}

/** Today as a date-only value (UTC midnight), for comparisons with PostgreSQL DATE columns. */
export function startOfTodayUtc(now: Date = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}
