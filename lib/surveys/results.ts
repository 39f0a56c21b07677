// Pure arithmetic of the results page, on counts PostgreSQL already aggregated.
import { RATING_MAX, RATING_MIN } from "../validation/survey-response";

/** The share of `count` in `total`, 0 when nobody answered (never NaN). */
export function shareOf(count: number, total: number): number {
  return total > 0 ? count / total : 0;
}

export type RatingSummary = { counts: { rating: number; count: number }[]; total: number; mean: number | null };

/** Every rating from 1 to 5 (zeros included), how many gave one, and the mean. */
export function summarizeRatings(rows: readonly { rating: number; count: number }[]): RatingSummary {
  const counts = [];
  let total = 0;
  let sum = 0;
  for (let rating = RATING_MIN; rating <= RATING_MAX; rating++) {
    const count = rows.filter((r) => r.rating === rating).reduce((n, r) => n + r.count, 0);
    counts.push({ rating, count });
    total += count;
    sum += rating * count;
  }
  return { counts, total, mean: total > 0 ? sum / total : null };
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM-DD" of an instant in a time zone. */
export function dayIn(timeZone: string, instant: Date): string {
  let format = dayFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, format);
  }
  return format.format(instant);
}

export type DayCount = { day: string; count: number };

/**
 * Hourly counts (from SQL, in UTC) folded into the days of a time zone, every day from the
 * first to the last included, zeros too, so the chart shows quiet days as gaps. Hours,
 * not days, come from SQL because the portal's time zone (Africa/Casablanca) changes its
 * offset during Ramadan: only whole hours map to local days exactly.
 */
export function foldHoursIntoDays(hours: readonly { hour: Date; count: number }[], timeZone: string): DayCount[] {
  const byDay = new Map<string, number>();
  for (const { hour, count } of hours) {
    const day = dayIn(timeZone, hour);
    byDay.set(day, (byDay.get(day) ?? 0) + count);
  }
  const days = [...byDay.keys()].sort();
  if (days.length === 0) return [];
  const result: DayCount[] = [];
  const last = days.at(-1)!;
  for (let day = days[0]!; day <= last; day = nextDay(day)) result.push({ day, count: byDay.get(day) ?? 0 });
  return result;
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export type DayBar = DayCount & { x: number; width: number; height: number; y: number };

/** Bars of the responses-per-day chart in a width × height box (bottom axis at `height`), time left to right. */
export function layoutDayBars(days: readonly DayCount[], width: number, height: number): { bars: DayBar[]; max: number } {
  const max = Math.max(0, ...days.map((d) => d.count));
  const step = days.length > 0 ? width / days.length : 0;
  const gap = step > 6 ? Math.min(4, step * 0.2) : 0;
  const bars = days.map((d, i) => {
    const h = max > 0 ? (d.count / max) * height : 0;
    // A day with responses gets at least a visible sliver.
    const barHeight = d.count > 0 ? Math.max(1.5, h) : 0;
    return { ...d, x: i * step + gap / 2, width: Math.max(0.5, step - gap), height: barHeight, y: height - barHeight };
  });
  return { bars, max };
}
