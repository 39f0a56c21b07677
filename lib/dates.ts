const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (date-only values are UTC midnights, so this is exact). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / DAY_MS);
}

/** Slip of a date against its baseline, in days; positive means later than first planned. */
export function slipInDays(baseline: Date | null, current: Date | null): number | null {
  return baseline && current ? daysBetween(baseline, current) : null;
}

/** The programme's time zone: what "today" and a timestamp's day mean on the portal. */
export const PORTAL_TIME_ZONE = "Africa/Casablanca";

/**
 * Today's date in the portal's time zone, as a UTC midnight (the way PostgreSQL DATE values
 * arrive), for "late" and "upcoming" comparisons with DATE columns.
 */
export function todayAsDate(now: Date = new Date()): Date {
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: PORTAL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" })
    .format(now)
    .split("-")
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}
