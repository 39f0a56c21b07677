// Applies prisma/migrations to a PostgreSQL database the way `prisma migrate deploy` does.
// Prisma's schema engine cannot be downloaded here, so this runner stands in for it; it keeps
// Prisma's layout and bookkeeping (_prisma_migrations) so that `prisma migrate deploy/status`
// agree with it wherever the engine is available.
import { createHash, randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { projectRoot } from "./paths";

const migrationsDir = path.join(projectRoot, "prisma", "migrations");

// Prisma Migrate's own advisory lock key: our runner and the real engine exclude each other.
export const MIGRATE_LOCK_KEY = 72707369;

// Prisma's DDL, verbatim, so the table is the one its engine would create and read.
export const CREATE_MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

type LocalMigration = { name: string; script: Buffer };
type RecordedMigration = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

const sha256 = (data: string | Buffer) => createHash("sha256").update(data).digest("hex");

/** Like Prisma, accept a file whose only change is its line endings (git autocrlf). */
export function matchesChecksum(script: Buffer, checksum: string): boolean {
  const text = script.toString("utf8");
  return [script, text.replaceAll("\r\n", "\n"), text.replaceAll("\n", "\r\n")].some((variant) => sha256(variant) === checksum);
}

async function readLocalMigrations(): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  return Promise.all(
    names.map(async (name) => {
      const file = path.join(migrationsDir, name, "migration.sql");
      if (!existsSync(file)) throw new Error(`migration ${name} has no migration.sql (${file})`);
      return { name, script: await readFile(file) };
    }),
  );
}

/** The one-line reason the recorded history forbids migrating, or null when it is sound. */
function historyProblem(local: LocalMigration[], recorded: RecordedMigration[]): string | null {
  const failed = recorded.find((row) => row.finished_at === null && row.rolled_back_at === null);
  if (failed) {
    return (
      `migration ${failed.migration_name} failed earlier and is recorded as unfinished in _prisma_migrations: ` +
      `repair the database by hand, then mark it rolled back (set its rolled_back_at, as \`prisma migrate resolve --rolled-back\` does)`
    );
  }
  for (const migration of local) {
    const row = recorded.find((r) => r.migration_name === migration.name && r.finished_at !== null && r.rolled_back_at === null);
    if (row && !matchesChecksum(migration.script, row.checksum)) {
      return (
        `migration ${migration.name} was edited after it was applied (its migration.sql no longer matches ` +
        `the checksum in _prisma_migrations): restore the file and put the change in a new migration`
      );
    }
  }
  return null;
}

async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  // One transaction per migration: a failure leaves neither half a schema nor a record,
  // so fixing the SQL and starting again is enough (Prisma would leave a failed row instead).
  await client.query("BEGIN");
  try {
    await client.query(migration.script.toString("utf8"));
    // The row Prisma writes: started_at is the transaction's start, finished_at the real clock.
    await client.query(
      `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), sha256(migration.script), migration.name],
    );
    await client.query("COMMIT");
  } catch (error) {
    // If the connection itself broke, closing it aborts the transaction anyway; keep the real reason.
    await client.query("ROLLBACK").catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}

export async function applyMigrations(
  databaseUrl: string,
  log: (message: string) => void = () => {},
): Promise<{ applied: string[] }> {
  const local = await readLocalMigrations();
  const client = new pg.Client({ connectionString: databaseUrl });
  // A dropped connection also rejects the query in flight, which reports it; without a
  // listener the 'error' event would crash the process instead.
  client.on("error", () => {});
  await client.connect();
  try {
    // Session-level lock: app instances starting together migrate one after the other,
    // and the later ones then find nothing left to apply.
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [MIGRATE_LOCK_KEY]);
    if (!rows[0]?.locked) {
      log("another process is migrating this database: waiting for it to finish");
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATE_LOCK_KEY]);
    }

    await client.query(CREATE_MIGRATIONS_TABLE);
    const recorded = (
      await client.query<RecordedMigration>(
        "SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations",
      )
    ).rows;
    const problem = historyProblem(local, recorded);
    if (problem) throw new Error(problem);

    // A rolled-back migration counts as not applied, as in Prisma.
    const done = new Set(recorded.filter((row) => row.finished_at !== null && row.rolled_back_at === null).map((row) => row.migration_name));
    const applied: string[] = [];
    for (const migration of local.filter((m) => !done.has(m.name))) {
      log(`applying migration ${migration.name}`);
      await applyOne(client, migration);
      applied.push(migration.name);
    }
    return { applied };
  } finally {
    // Closing the session also releases the advisory lock.
    await client.end();
  }
}
