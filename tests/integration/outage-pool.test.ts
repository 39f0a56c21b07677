// The app's database limits (lib/db.ts, configured by DATABASE_* variables) and the
// availability probe behind the 503 pages (lib/database-availability.ts), against real
// PostgreSQL and against servers that refuse or never answer. Only "server-only" is stubbed.
import net from "node:net";
import { afterAll, describe, expect, inject, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

process.env.DATABASE_URL = inject("databaseUrl");
process.env.DATABASE_POOL_MAX = "2";
process.env.DATABASE_STATEMENT_TIMEOUT_MS = "300";
process.env.DATABASE_CONNECT_TIMEOUT_MS = "500";

const { db } = await import("../../lib/db");
const { isDatabaseUnavailableError } = await import("../../lib/database-errors");
const { isDatabaseAvailable, forgetDatabaseAvailability, closeAvailabilityProbe } = await import("../../lib/database-availability");
const { isDatabaseReachable } = await import("../../lib/data/health");

afterAll(async () => {
  await db.$disconnect();
  await closeAvailabilityProbe();
});

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; result?: T; error?: unknown }> {
  const started = Date.now();
  try {
    const result = await run();
    return { ms: Date.now() - started, result };
  } catch (error) {
    return { ms: Date.now() - started, error };
  }
}

describe("connection pool settings", () => {
  it("applies the configured statement and idle-transaction timeouts to every connection", async () => {
    const [row] = await db.$queryRaw<{ statement: string; idle: string; app: string }[]>`
      SELECT current_setting('statement_timeout') AS statement,
             current_setting('idle_in_transaction_session_timeout') AS idle,
             current_setting('application_name') AS app`;
    expect(row).toEqual({ statement: "300ms", idle: "300ms", app: "egov-portal" });
  });

  it("cancels a statement that runs too long, with an error the app answers as 503", async () => {
    const { ms, error } = await timed(() => db.$queryRaw`SELECT 1 FROM pg_sleep(3)`);
    expect(error).toBeDefined();
    expect(isDatabaseUnavailableError(error)).toBe(true);
    expect(ms).toBeLessThan(2_000);
  });

  it("never opens more connections than DATABASE_POOL_MAX", async () => {
    const sleepers = Array.from({ length: 5 }, () => db.$queryRaw`SELECT 1 FROM pg_sleep(0.1)`);
    const [counted] = await Promise.all([
      new Promise((resolve) => setTimeout(resolve, 50)).then(
        () => db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM pg_stat_activity WHERE application_name = 'egov-portal'`,
      ),
      ...sleepers,
    ]);
    expect(Number(counted[0]!.n)).toBeLessThanOrEqual(2);
  });

  it("health reports the real database as reachable", async () => {
    expect(await isDatabaseReachable()).toBe(true);
  });
});

describe("availability probe", () => {
  const realUrl = process.env.DATABASE_URL!;
  afterAll(() => {
    process.env.DATABASE_URL = realUrl;
  });

  it("answers true for a live database, then reuses that answer", async () => {
    forgetDatabaseAvailability();
    expect(await isDatabaseAvailable()).toBe(true);
    const { ms, result } = await timed(() => isDatabaseAvailable());
    expect(result).toBe(true);
    expect(ms).toBeLessThan(5);
  });

  it("answers false at once when nothing listens", async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, "127.0.0.1", () => {
        const { port } = probe.address() as net.AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    await closeAvailabilityProbe();
    process.env.DATABASE_URL = `postgresql://egov:x@127.0.0.1:${port}/egov`;
    forgetDatabaseAvailability();
    const { ms, result } = await timed(() => isDatabaseAvailable());
    expect(result).toBe(false);
    expect(ms).toBeLessThan(1_000);
  });

  it("answers false within its 2 s limit when the server accepts but never answers", async () => {
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      await closeAvailabilityProbe();
      process.env.DATABASE_URL = `postgresql://egov:x@127.0.0.1:${(silent.address() as net.AddressInfo).port}/egov`;
      forgetDatabaseAvailability();
      const { ms, result } = await timed(() => isDatabaseAvailable());
      expect(result).toBe(false);
      expect(ms).toBeGreaterThanOrEqual(1_900);
      expect(ms).toBeLessThan(3_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});
