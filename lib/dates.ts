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

// Built once: an Intl formatter is costly to build (lib/i18n/format.ts).
const portalDay = new Intl.DateTimeFormat("en-CA", { timeZone: PORTAL_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/**
 * Today's date in the portal's time zone, as a UTC midnight (the way PostgreSQL DATE values
 * arrive), for "late" and "upcoming" comparisons with DATE columns.
 */
export function todayAsDate(now: Date = new Date()): Date {
  const [year, month, day] = portalDay
    .format(now)
    .split("-")
    .map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

const zoneParts = new Intl.DateTimeFormat("en-US", { timeZone: PORTAL_TIME_ZONE, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" });

/** How far the portal's wall clock is ahead of UTC at an instant (epoch ms), in milliseconds: +1 h, 0 during Ramadan. */
function portalOffsetAt(instant: number): number {
  const part = Object.fromEntries(zoneParts.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  return Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!, part.second!) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a calendar day (YYYY-MM-DD) begins on the portal's clock: what a day typed in
 * a form means ("opens on", "last day"). Morocco moves between UTC+1 and UTC+0 (Ramadan), so
 * the offset is read at that day, twice in case the day starts on the other side of a change.
 */
export function startOfPortalDay(day: string): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  const wallMidnight = Date.UTC(year, month - 1, date);
  const guess = wallMidnight - portalOffsetAt(wallMidnight);
  return new Date(wallMidnight - portalOffsetAt(guess));
}

/** The day after a calendar day (YYYY-MM-DD). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}
