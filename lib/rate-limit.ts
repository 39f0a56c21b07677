import "server-only";
import { db } from "./db";

export type RateWindow = { scope: string; key: string; windowSeconds: number };

function windowStartOf(windowSeconds: number, now: Date): Date {
  const size = windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / size) * size);
}

/**
 * Counts one event in a fixed window and returns the count after it. The counter lives in
 * PostgreSQL (one atomic upsert), so every app instance sees the same number.
 */
export async function countEvent({ scope, key, windowSeconds }: RateWindow, now = new Date()): Promise<number> {
  const rows = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "RateLimitCounter" ("scope", "key", "windowStart", "count")
    VALUES (${scope}, ${key}, ${windowStartOf(windowSeconds, now)}, 1)
    ON CONFLICT ("scope", "key", "windowStart") DO UPDATE SET "count" = "RateLimitCounter"."count" + 1
    RETURNING "count"`;
  return rows[0]?.count ?? 0;
}

/** Events counted in the current window, without counting one. */
export async function readEventCount({ scope, key, windowSeconds }: RateWindow, now = new Date()): Promise<number> {
  const row = await db.rateLimitCounter.findUnique({
    where: { scope_key_windowStart: { scope, key, windowStart: windowStartOf(windowSeconds, now) } },
    select: { count: true },
  });
  return row?.count ?? 0;
}
