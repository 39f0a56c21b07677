// A database of a test file's own on the run's embedded server, migrated and seeded like the
// shared one: for a file whose writes others must not see, or that needs a second database.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { seedDatabase } from "../../prisma/seed";
import { applyMigrations } from "../../scripts/lib/migrate";
import { withPrisma } from "../../scripts/lib/prisma-script";

/** The URL of another database on the same server. */
export function databaseUrlFor(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function onServer(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Creates `<prefix>_<random>`, migrated and seeded; drop() removes it, closing what still uses it. */
export async function createSeededDatabase(serverUrl: string, prefix: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomUUID().slice(0, 8)}`;
  const url = databaseUrlFor(serverUrl, name);
  await onServer(serverUrl, `CREATE DATABASE "${name}"`);
  await applyMigrations(url, () => {});
  await withPrisma(url, (client) => seedDatabase(client));
  return { name, url, drop: () => onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
