// Graceful shutdown of `npm start` in embedded mode, on the production build: SIGTERM to the
// start process (what a service manager sends) lets a request already in progress finish with
// its full page, refuses new connections at once, closes the app's database pool, then stops
// PostgreSQL cleanly. Its own data folder and port; the build is the one the e2e server made.
import { expect, test } from "@playwright/test";
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { computeSourceHash } from "../../scripts/lib/build";
import { findFreePort } from "../../scripts/lib/embedded-db";
import { projectRoot } from "../../scripts/lib/paths";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return check();
}

/** True when nothing accepts a TCP connection on the port any more. */
const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(true));
  });

/** A plain GET on its own connection: the status and the whole body, or the error. */
const get = (url: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    http
      .get(url, { agent: false }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
        response.on("error", reject);
      })
      .on("error", reject);
  });

test("SIGTERM: the request in progress completes, new connections are refused, the pool and PostgreSQL close", async ({}, testInfo) => {
  test.setTimeout(180_000);
  const e2ePort = new URL(testInfo.project.use.baseURL!).port;
  const distDir = process.env.EGOV_DIST_DIR ?? `.next-e2e-${e2ePort}`;
  // `npm start` rebuilds when the sources changed since the build; only an edit during the run
  // does that, and a rebuild here would replace the build the e2e server is serving.
  const stamp = path.join(projectRoot, distDir, "source-hash");
  test.skip(!existsSync(stamp) || readFileSync(stamp, "utf8").trim() !== (await computeSourceHash()), "sources changed since the e2e build");

  const dataDir = await mkdtemp(path.join(os.tmpdir(), "egov-shutdown-"));
  const port = await findFreePort();
  const start = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: "", PORT: String(port), EGOV_DATA_DIR: dataDir, EGOV_DIST_DIR: distDir },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, like a service
  });
  let output = "";
  start.stdout!.on("data", (chunk) => (output += chunk));
  start.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => start.once("exit", (code) => resolve(code)));
  let locker: pg.Client | null = null;
  try {
    expect(await waitFor(() => output.includes("portal ready"), 150_000), output).toBe(true);
    const [postmasterPid, , , dbPort] = readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n");
    const postmaster = Number(postmasterPid);
    const password = readFileSync(path.join(dataDir, "pg-password"), "utf8").trim();

    // Hold the projects table so that a roadmap request stays in progress, inside the app.
    locker = new pg.Client({ host: "127.0.0.1", port: Number(dbPort), user: "egov", password, database: "egov" });
    await locker.connect();
    await locker.query("BEGIN");
    await locker.query('LOCK TABLE "Project" IN ACCESS EXCLUSIVE MODE');
    let settled = false;
    const inFlight = get(`http://127.0.0.1:${port}/fr/roadmap`).finally(() => (settled = true));
    const waiting = await waitFor(async () => {
      const { rowCount } = await locker!.query(`SELECT 1 FROM pg_stat_activity WHERE application_name = 'egov-portal' AND wait_event_type = 'Lock'`);
      return (rowCount ?? 0) > 0;
    }, 10_000);
    expect(waiting, "the roadmap request waits on the lock").toBe(true);

    process.kill(start.pid!, "SIGTERM");
    // New connections are refused at once, while the request is still being served.
    expect(await waitFor(() => refusesConnections(port), 5_000)).toBe(true);
    expect(settled).toBe(false);
    expect(alive(postmaster)).toBe(true);

    await locker.query("COMMIT");
    await locker.end();
    locker = null;
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(response.body).toContain("</html>");
    expect(response.body).toContain("Feuille de route");

    expect(await exited).toBe(0);
    expect(output).toContain("[db] connection pool closed");
    expect(output).toContain("[start] stopped");
    expect(output.indexOf("[db] connection pool closed")).toBeLessThan(output.indexOf("[start] stopped"));
    expect(await waitFor(() => !alive(postmaster), 5_000)).toBe(true);
    // PostgreSQL shut down cleanly: it removes its pid file only then.
    expect(existsSync(path.join(dataDir, "pg", "postmaster.pid"))).toBe(false);
  } finally {
    await locker?.end().catch(() => {});
    if (start.exitCode === null && start.signalCode === null) {
      try {
        process.kill(-start.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    }
    await rm(dataDir, { recursive: true, force: true });
  }
});
