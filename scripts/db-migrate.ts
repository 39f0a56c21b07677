// `npm run db:migrate`: applies pending migrations to DATABASE_URL or, when it is unset, to the
// embedded PostgreSQL of `npm start` (same data folder), which it starts and stops again.
import path from "node:path";
import { startEmbeddedDatabase } from "./lib/embedded-db";
import { guardChild } from "./lib/guard";
import { applyMigrations } from "./lib/migrate";
import { projectRoot } from "./lib/paths";

const log = (message: string) => console.log(`[db:migrate] ${message}`);

async function migrate(databaseUrl: string): Promise<void> {
  const { applied } = await applyMigrations(databaseUrl, log);
  log(applied.length ? `applied: ${applied.join(", ")}` : "nothing to apply: the database schema is up to date");
}

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) return migrate(databaseUrl);

  // The folder scripts/start.ts uses, so this migrates the database `npm start` serves.
  const dataDir = path.resolve(process.env.EGOV_DATA_DIR ?? path.join(projectRoot, ".data"));
  log(`DATABASE_URL is not set: using the embedded PostgreSQL in ${dataDir}`);
  const db = await startEmbeddedDatabase({ dataDir, database: "egov" });
  guardChild(db.pid, "SIGINT"); // stops PostgreSQL should this process be killed
  try {
    await migrate(db.url);
  } finally {
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[db:migrate] error: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
