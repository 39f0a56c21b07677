// What `npm start` does, reusable by the e2e harness: database, migrations, seed, build, serve.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { constants } from "node:os";
import path from "node:path";
import { ensureDemoAccounts, type DemoAccount } from "../../prisma/seed/demo-accounts";
import { seedDatabase } from "../../prisma/seed";
import { ensureBuild } from "./build";
import { assertDatabaseReachable, assertPortFree, resolveAuthSecret } from "./config";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-db";
import { guardChild } from "./guard";
import { applyMigrations } from "./migrate";
import { projectRoot, serverScript } from "./paths";
import { withPrisma } from "./prisma-script";

export type PortalOptions = {
  port: number;
  /** null: use this server (DATABASE_URL); a folder: run the embedded PostgreSQL there. */
  databaseUrl: string | null;
  dataDir: string;
  dev?: boolean;
  log: (message: string) => void;
};

export type RunningPortal = {
  url: string;
  databaseUrl: string;
  demoAccounts: DemoAccount[];
  /** The app server's process id (for measurements such as the benchmark's memory). */
  pid: number;
  /** Resolves with the app's exit code if it stops by itself. */
  exited: Promise<number>;
  stop: () => Promise<void>;
};

async function readKnownAccounts(file: string): Promise<DemoAccount[]> {
  if (!existsSync(file)) return [];
  try {
    return JSON.parse(await readFile(file, "utf8")) as DemoAccount[];
  } catch {
    return [];
  }
}

async function waitForHealth(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited during start-up (exit code ${child.exitCode})`);
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`the app did not answer ${url}/api/health within ${timeoutMs / 1000} s`);
}

export async function startPortal(options: PortalOptions): Promise<RunningPortal> {
  const { log, port } = options;
  await assertPortFree(port);
  // Checked before touching any database: a missing secret is a configuration error.
  if (!options.databaseUrl) await mkdir(options.dataDir, { recursive: true });
  const authSecret = await resolveAuthSecret(options.databaseUrl ? null : options.dataDir);

  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = options.databaseUrl;
  if (databaseUrl) {
    await assertDatabaseReachable(databaseUrl);
  } else {
    log(`starting the embedded PostgreSQL (data in ${path.relative(projectRoot, options.dataDir) || options.dataDir})`);
    embedded = await startEmbeddedDatabase({ dataDir: options.dataDir, database: "egov" });
    guardChild(embedded.pid, "SIGINT");
    databaseUrl = embedded.url;
  }
  const stopDatabase = async () => {
    if (embedded) await embedded.stop();
  };

  try {
    const { applied } = await applyMigrations(databaseUrl, log);
    log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
    const demoAccounts = await withPrisma(databaseUrl, async (prisma) => {
      const { seeded } = await seedDatabase(prisma, log);
      log(seeded ? "loaded the programme's data" : "programme data already present: left as is");
      if (!embedded) return [];
      // Demo accounts exist only in embedded (demo) mode, never on a configured database.
      const file = path.join(options.dataDir, "demo-accounts.json");
      const accounts = await ensureDemoAccounts(prisma, await readKnownAccounts(file));
      await writeFile(file, JSON.stringify(accounts, null, 2) + "\n", { mode: 0o600 });
      return accounts;
    });
    if (!options.dev) await ensureBuild(log);

    const url = `http://localhost:${port}`;
    const child = spawn(process.execPath, [...(options.dev ? [] : [`--max-old-space-size=${heapLimitMb()}`]), serverScript, ...(options.dev ? ["--dev"] : []), "--port", String(port)], {
      cwd: projectRoot,
      stdio: "inherit",
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_SECRET: authSecret,
        NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
      },
    });
    guardChild(child.pid, "SIGTERM");
    // Shell convention: killed by a signal = 128 + its number (130 for SIGINT, 143 for SIGTERM).
    const exited = new Promise<number>((resolve) => child.once("exit", (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0))));
    await waitForHealth(url, child, 120_000);

    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM"); // Next finishes in-flight requests, then exits
        const forced = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(forced);
      }
      await stopDatabase();
    };
    return { url, databaseUrl, demoAccounts, pid: child.pid!, exited, stop };
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

/**
 * The app's JavaScript heap limit. Left to itself V8 grows the heap towards a quarter of the
 * machine's memory before collecting hard; a fixed budget keeps an instance's memory
 * predictable (docs/performance.md). EGOV_HEAP_MB overrides it.
 */
function heapLimitMb(): number {
  const configured = Number(process.env.EGOV_HEAP_MB);
  return Number.isInteger(configured) && configured >= 128 ? configured : 320;
}
