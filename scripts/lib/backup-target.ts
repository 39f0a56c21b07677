// Which database `npm run db:backup` / `db:restore` work on: DATABASE_URL when set, else the
// embedded database of `npm start` (EGOV_DATA_DIR, default .data/). A running embedded server
// (an `npm start` in progress) is used as it is; a stopped one is started for the command and
// stopped after it.
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase } from "./embedded-db";
import { guardChild } from "./guard";
import { projectRoot } from "./paths";

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The URL of the embedded server already running on `dataDir`, or null. */
async function runningEmbeddedUrl(dataDir: string): Promise<string | null> {
  const pidFile = path.join(dataDir, "pg", "postmaster.pid");
  const passwordFile = path.join(dataDir, "pg-password");
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
  // postmaster.pid: pid, data directory, start time, port, socket directory, listen address, ...
  const [pid, , , port] = (await readFile(pidFile, "utf8")).split("\n");
  if (!Number(pid) || !isAlive(Number(pid)) || !Number(port)) return null;
  const password = (await readFile(passwordFile, "utf8")).trim();
  return `postgresql://egov:${encodeURIComponent(password)}@127.0.0.1:${Number(port)}/egov`;
}

export async function withTargetDatabase<T>(log: (message: string) => void, run: (databaseUrl: string) => Promise<T>): Promise<T> {
  const configured = process.env.DATABASE_URL;
  if (configured) return run(configured);

  const dataDir = path.resolve(process.env.EGOV_DATA_DIR ?? path.join(projectRoot, ".data"));
  const running = await runningEmbeddedUrl(dataDir);
  if (running) {
    log(`using the embedded PostgreSQL running on ${path.relative(projectRoot, dataDir) || dataDir}`);
    return run(running);
  }
  log(`DATABASE_URL is not set: starting the embedded PostgreSQL in ${path.relative(projectRoot, dataDir) || dataDir} for this command`);
  const database = await startEmbeddedDatabase({ dataDir, database: "egov" });
  guardChild(database.pid, "SIGINT"); // stops PostgreSQL should this process be killed
  try {
    return await run(database.url);
  } finally {
    await database.stop();
  }
}
