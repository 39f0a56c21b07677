const DAY_MS = 86_400_000;

/** Whole days elapsed since an update (0 on the same day; never negative if clocks disagree). */
export function daysSince(updatedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - updatedAt.getTime()) / DAY_MS));
}

export type Freshness = "current" | "aging" | "stale";

/**
 * How up to date a project's public information is. The committee meets quarterly, so
 * information older than a quarter (90 days) has missed at least one session: stale.
 */
export function freshnessOf(days: number): Freshness {
  if (days <= 30) return "current";
  if (days <= 90) return "aging";
  return "stale";
}
