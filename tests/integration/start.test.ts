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
    const run = runStart({ DATABASE_URL: "postgresql://egov:hunter2@127.0.0.1:1/egov", PORT: String(await findFreePort()) });
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

  it("explains an invalid PORT in one line", async () => {
    const run = runStart({ PORT: "http" });
    expect(await run.exited).toBe(1);
    expect(run.output().stderr.trim()).toBe('[start] error: PORT must be a number from 1 to 65535 (got "http")');
  });
});

describe("npm start killed outright", () => {
  let dataDir = "";
  let run: ReturnType<typeof runStart> | undefined;
  afterAll(async () => {
    if (run && run.child.exitCode === null) run.child.kill("SIGKILL");
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it("leaves no PostgreSQL and no app server behind", { timeout: 180_000 }, async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "egov-start-test-"));
    const port = await findFreePort();
    // The development server starts in seconds; the kill path is the same as in production.
    run = runStart({ PORT: String(port), EGOV_DATA_DIR: dataDir }, ["--dev"]);
    const ready = await waitFor(() => run!.output().stdout.includes("portal ready"), 150_000);
    expect(ready, run.output().stdout + run.output().stderr).toBe(true);

    const pidFile = path.join(dataDir, "pg", "postmaster.pid");
    expect(existsSync(pidFile)).toBe(true);
    const postgresPid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    expect(alive(postgresPid)).toBe(true);
    const demo = JSON.parse(readFileSync(path.join(dataDir, "demo-accounts.json"), "utf8")) as unknown[];
    expect(demo.length).toBeGreaterThanOrEqual(5);

    (run.child as ChildProcess).kill("SIGKILL");
    expect(await waitFor(() => !alive(postgresPid), 15_000)).toBe(true);
    const portFree = async () =>
      new Promise<boolean>((resolve) => {
        const probe = net.connect(port, "127.0.0.1");
        probe.once("connect", () => (probe.destroy(), resolve(false)));
        probe.once("error", () => resolve(true));
      });
    let free = false;
    for (let i = 0; i < 50 && !free; i++) {
      free = await portFree();
      if (!free) await new Promise((resolve) => setTimeout(resolve, 300));
    }
    expect(free).toBe(true);
  });
});
