// The migration runner (scripts/lib/migrate.ts), each case on its own new empty database
// on the integration server, so the shared migrated-and-seeded database stays untouched.
import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { applyMigrations } from "../../scripts/lib/migrate";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");
const migrationNames = readdirSync(migrationsDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

function urlFor(database: string): string {
  const url = new URL(inject("databaseUrl"));
  url.pathname = `/${database}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(databaseUrl: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function withEmptyDatabase(run: (databaseUrl: string) => Promise<void>): Promise<void> {
  const name = `egov_migrate_${randomBytes(6).toString("hex")}`;
  const admin = urlFor("postgres");
  await query(admin, `CREATE DATABASE "${name}" TEMPLATE template0`);
  try {
    await run(urlFor(name));
  } finally {
    await query(admin, `DROP DATABASE "${name}" WITH (FORCE)`);
  }
}

describe("applyMigrations", () => {
  it("applies every migration once, then nothing on the next run", () =>
    withEmptyDatabase(async (url) => {
      expect(migrationNames.length).toBeGreaterThan(0);
      expect(await applyMigrations(url)).toEqual({ applied: migrationNames });
      expect(await applyMigrations(url)).toEqual({ applied: [] });
    }));

  it("records migrations in _prisma_migrations exactly as Prisma does", () =>
    withEmptyDatabase(async (url) => {
      await applyMigrations(url);

      // Prisma's table definition, column by column.
      const columns = await query(
        url,
        `SELECT column_name, data_type, character_maximum_length AS length, is_nullable, column_default
           FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position`,
      );
      expect(columns).toEqual([
        { column_name: "id", data_type: "character varying", length: 36, is_nullable: "NO", column_default: null },
        { column_name: "checksum", data_type: "character varying", length: 64, is_nullable: "NO", column_default: null },
        { column_name: "finished_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
        { column_name: "migration_name", data_type: "character varying", length: 255, is_nullable: "NO", column_default: null },
        { column_name: "logs", data_type: "text", length: null, is_nullable: "YES", column_default: null },
        { column_name: "rolled_back_at", data_type: "timestamp with time zone", length: null, is_nullable: "YES", column_default: null },
        { column_name: "started_at", data_type: "timestamp with time zone", length: null, is_nullable: "NO", column_default: "now()" },
        { column_name: "applied_steps_count", data_type: "integer", length: null, is_nullable: "NO", column_default: "0" },
      ]);
      const primaryKey = await query<{ columns: string }>(
        url,
        `SELECT string_agg(a.attname, ',') AS columns FROM pg_index x
           JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = ANY(x.indkey)
          WHERE x.indrelid = '_prisma_migrations'::regclass AND x.indisprimary`,
      );
      expect(primaryKey).toEqual([{ columns: "id" }]);

      // One finished row per migration: random uuid, sha256 of the file, one step, no logs.
      const rows = await query<Record<string, unknown>>(url, "SELECT * FROM _prisma_migrations ORDER BY migration_name");
      expect(rows.map((row) => row.migration_name)).toEqual(migrationNames);
      for (const row of rows) {
        const file = readFileSync(path.join(migrationsDir, String(row.migration_name), "migration.sql"));
        expect(row).toMatchObject({
          id: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
          checksum: createHash("sha256").update(file).digest("hex"),
          logs: null,
          rolled_back_at: null,
          applied_steps_count: 1,
        });
        expect(row.finished_at).toBeInstanceOf(Date);
        expect((row.finished_at as Date).getTime()).toBeGreaterThanOrEqual((row.started_at as Date).getTime());
      }
    }));

  it("refuses, in one clear line, a migration edited after it was applied", () =>
    withEmptyDatabase(async (url) => {
      await applyMigrations(url);
      const tampered = migrationNames[0];
      await query(url, `UPDATE _prisma_migrations SET checksum = '${"0".repeat(64)}' WHERE migration_name = '${tampered}'`);

      // One line (no "\n" up to the end), starting with what is wrong and where.
      await expect(applyMigrations(url)).rejects.toThrow(new RegExp(`^migration ${tampered} was edited after it was applied[^\n]*$`));
    }));

  it("refuses to migrate while a recorded migration is unfinished (failed)", () =>
    withEmptyDatabase(async (url) => {
      await applyMigrations(url);
      const failed = migrationNames.at(-1)!;
      await query(url, `UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '${failed}'`);

      await expect(applyMigrations(url)).rejects.toThrow(`migration ${failed} failed earlier`);
    }));

  it("lets concurrent runs on a new database all succeed, applying each migration once", () =>
    withEmptyDatabase(async (url) => {
      const results = await Promise.all([applyMigrations(url), applyMigrations(url), applyMigrations(url)]);

      expect(results.flatMap((result) => result.applied).sort()).toEqual(migrationNames);
      const counts = await query<{ migration_name: string; count: number }>(
        url,
        "SELECT migration_name, count(*)::int AS count FROM _prisma_migrations GROUP BY migration_name ORDER BY migration_name",
      );
      expect(counts).toEqual(migrationNames.map((name) => ({ migration_name: name, count: 1 })));
    }));
});
