// `npm start`'s promises: one clear line on bad configuration, and no orphan PostgreSQL
// or app server when the start process is killed outright.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/lib/embedded-db";

const root = path.resolve(import.meta.dirname, "..", "..");

function runStart(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, like a terminal job: Ctrl-C is a SIGINT to the whole group.
    detached: true,
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (chunk) => (stdout += chunk));
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, exited, output: () => ({ stdout, stderr }) };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return check();
}

describe("npm start with bad configuration", () => {
  it("explains an unreachable DATABASE_URL in one line, without the password", async () => {
    const run = runStart({ DATABASE_URL: "postgresql://egov:hunter2@127.0.0.1:1/egov", NEXTAUTH_SECRET: "x".repeat(32), PORT: String(await findFreePort()) });
    expect(await run.exited).toBe(1);
    const { stderr } = run.output();
    expect(stderr.trim().split("\n")).toEqual([
      "[start] error: cannot reach the database in DATABASE_URL (127.0.0.1:1/egov): ECONNREFUSED",
    ]);
    expect(stderr).not.toContain("hunter2");
  });

  it("explains an occupied port in one line", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, resolve));
    const port = (server.address() as net.AddressInfo).port;
    const run = runStart({ PORT: String(port) });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim()).toBe(`[start] error: port ${port} is already in use: stop what uses it or set PORT to another port`);
    await new Promise((resolve) => server.close(resolve));
  });

  it("requires a session secret with DATABASE_URL, and says so before touching the database", async () => {
    const run = runStart({ DATABASE_URL: "postgresql://egov:x@127.0.0.1:1/egov", NEXTAUTH_SECRET: "", AUTH_SECRET: "", PORT: String(await findFreePort()) });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim()).toBe("[start] error: NEXTAUTH_SECRET is required when DATABASE_URL is set (e.g. `openssl rand -base64 32`)");
  });

  it("explains an invalid PORT in one line", async () => {
    const run = runStart({ PORT: "http" });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim()).toBe('[start] error: PORT must be a number from 1 to 65535 (got "http")');
  });
});

describe("npm start stopped and restarted", () => {
  let dataDir = "";
  let run: ReturnType<typeof runStart> | undefined;
  afterAll(async () => {
    try {
      if (run && run.child.exitCode === null && run.child.signalCode === null) process.kill(-run.child.pid!, "SIGKILL");
    } catch {
      // already gone
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  const pidFile = () => path.join(dataDir, "pg", "postmaster.pid");
  const postgresPid = () => Number(readFileSync(pidFile(), "utf8").split("\n")[0]);
  async function startReady(port: number) {
    // The development server starts in seconds; the stop paths are the same as in production.
    // Its own build folder: two development servers cannot share one (Next locks it).
    const started = runStart({ PORT: String(port), EGOV_DATA_DIR: dataDir, EGOV_DIST_DIR: ".next-e2e-start-test" }, ["--dev"]);
    const ready = await waitFor(() => started.output().stdout.includes("portal ready"), 150_000);
    expect(ready, started.output().stdout + started.output().stderr).toBe(true);
    return started;
  }
  async function isPortFree(port: number) {
    for (let i = 0; i < 50; i++) {
      const free = await new Promise<boolean>((resolve) => {
        const probe = net.connect(port, "127.0.0.1");
        probe.once("connect", () => (probe.destroy(), resolve(false)));
        probe.once("error", () => resolve(true));
      });
      if (free) return true;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    return false;
  }

  it("stops cleanly on Ctrl-C, keeps the data, and leaves nothing behind when killed outright", { timeout: 240_000 }, async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "egov-start-test-"));
    const port = await findFreePort();

    // 1. First start: creates, migrates and seeds the database, and the demo accounts.
    run = await startReady(port);
    expect(run.output().stdout).toContain("loaded the programme's data");
    const accountsFile = path.join(dataDir, "demo-accounts.json");
    const accounts = readFileSync(accountsFile, "utf8");
    expect((JSON.parse(accounts) as unknown[]).length).toBeGreaterThanOrEqual(5);
    const firstPostgres = postgresPid();

    // 2. Ctrl-C (SIGINT to the process group, as a terminal sends it): a clean stop.
    process.kill(-run.child.pid!, "SIGINT");
    expect(await run.exited).toBe(0);
    expect(run.output().stdout).toContain("[start] stopped");
    expect(alive(firstPostgres)).toBe(false);
    expect(existsSync(pidFile())).toBe(false); // PostgreSQL shut down properly, not crashed
    expect(await isPortFree(port)).toBe(true);

    // 3. Second start: the same data, seeded once, the same demo passwords.
    run = await startReady(port);
    expect(run.output().stdout).toContain("programme data already present");
    expect(readFileSync(accountsFile, "utf8")).toBe(accounts);
    const secondPostgres = postgresPid();
    expect(alive(secondPostgres)).toBe(true);

    // 4. Killed outright (kill -9 of the start process only): its watchers stop the rest.
    (run.child as ChildProcess).kill("SIGKILL");
    expect(await waitFor(() => !alive(secondPostgres), 15_000)).toBe(true);
    expect(await isPortFree(port)).toBe(true);
  });
});
