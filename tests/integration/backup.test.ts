// `npm run db:backup` and `npm run db:restore`, end to end through the command line: a seeded
// database (programme data, synthetic survey answers and posts, Unicode edge cases) is backed up
// while writes go on, wiped, restored, and compared table by table (row counts and an md5 of
// every row's text, generated columns included) and sequence by sequence.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { seedDatabase } from "../../prisma/seed";
import { generateSyntheticData } from "../../scripts/db-synthetic";
import { applyMigrations } from "../../scripts/lib/migrate";
import { withPrisma } from "../../scripts/lib/prisma-script";

const root = path.resolve(import.meta.dirname, "..", "..");
const name = `egov_backup_${process.pid}`;
const urlFor = (database: string) => {
  const url = new URL(inject("databaseUrl"));
  url.pathname = `/${database}`;
  return url.toString();
};

async function withClient<T>(database: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlFor(database) });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

const admin = (sql: string) => withClient("postgres", (client) => client.query(sql));
const recreateDatabase = async () => {
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
};

/**
 * Row count and md5 of the ordered rows of every table, and every sequence's position. The
 * survey tallies' pending deltas are folded in first: writes undone after the backup leave
 * pairs of deltas that cancel out (migration 20261123060000_survey_tally_deltas), so the
 * tables are compared by what they count, not by how many deltas are pending.
 */
async function snapshot(): Promise<{ tables: Record<string, { rows: number; md5: string | null }>; sequences: Record<string, string> }> {
  return withClient(name, async (client) => {
    await client.query("SELECT egov_fold_survey_tallies()");
    const tables: Record<string, { rows: number; md5: string | null }> = {};
    const list = await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
    for (const { t } of list.rows) {
      const { rows } = await client.query<{ n: string; md5: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(r::text, E'\\n' ORDER BY r::text)) AS md5 FROM "${t}" r`,
      );
      tables[t] = { rows: Number(rows[0]!.n), md5: rows[0]!.md5 };
    }
    const sequences: Record<string, string> = {};
    const seqs = await client.query<{ s: string }>(`SELECT sequencename AS s FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`);
    for (const { s } of seqs.rows) {
      const { rows } = await client.query<{ v: string; c: boolean }>(`SELECT last_value::text AS v, is_called AS c FROM "${s}"`);
      sequences[s] = `${rows[0]!.v}/${rows[0]!.c}`;
    }
    return { tables, sequences };
  });
}

function run(
  script: string,
  args: string[],
  env: Record<string, string> = { DATABASE_URL: urlFor(name) },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("db:backup and db:restore", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "egov-backup-test-"));
    await recreateDatabase();
    await applyMigrations(urlFor(name));
    await withPrisma(urlFor(name), (prisma) => seedDatabase(prisma));
    await generateSyntheticData(urlFor(name), { projects: 20, responses: 100, posts: 20 });
    // Values that a careless dump would damage: right-to-left marks, combining accents,
    // emoji, quotes and backslashes, JSON with nested Unicode, big integers.
    await withClient(name, async (client) => {
      const project = await client.query<{ id: number }>(`SELECT id FROM "Project" ORDER BY id LIMIT 1`);
      await client.query(`INSERT INTO "ProjectChange" ("projectId", field, reason, "reasonLang", "actorName") VALUES ($1, 'STATUS', $2, 'ar', $3)`, [
        project.rows[0]!.id,
        '\u200Fتأخر بسبب "الصفقة" \\ 🚧 e\u0301tat',
        "Équipe ‎DPGOV‏",
      ]);
      await client.query(`INSERT INTO "AuditLog" (action, "entityType", "entityId", detail) VALUES ('backup.test', 'Project', $1, $2)`, [
        "9007199254740993",
        JSON.stringify({ note: "نص \u202Bمضمن\u202C 👩🏽‍💻", big: 9007199254740993n.toString(), nested: { a: [1, 2.5, null, true] } }),
      ]);
    });
  });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("backs up during writes, restores into an emptied database, and every table and sequence comes back identical", { timeout: 120_000 }, async () => {
    const file = path.join(dir, "egov.dump");
    const question = await withClient(name, (client) =>
      client.query<{ id: number; surveyId: number }>(`SELECT id, "surveyId" FROM "SurveyQuestion" ORDER BY id LIMIT 1`),
    );
    const { id: questionId, surveyId } = question.rows[0]!;

    // Writers keep adding a response and its three answers, one transaction each, while the
    // backup runs. A dump that is not one snapshot would hold a response without all its answers.
    let writing = true;
    let written = 0;
    const writer = withClient(name, async (client) => {
      while (writing) {
        await client.query("BEGIN");
        const { rows } = await client.query<{ id: string }>(`INSERT INTO "SurveyResponse" ("surveyId", "respondentKey") VALUES ($1, $2) RETURNING id`, [
          surveyId,
          `backup-test-${written}`,
        ]);
        // One statement, as the app writes a response's answers (the survey tallies count per statement).
        await client.query(
          `INSERT INTO "SurveyAnswer" ("responseId", "questionId", text) VALUES ($1, $2, 'réponse 0'), ($1, $2, 'réponse 1'), ($1, $2, 'réponse 2')`,
          [rows[0]!.id, questionId],
        );
        await client.query("COMMIT");
        written++;
      }
    });
    let failed: unknown = null;
    writer.catch((error: unknown) => (failed = error));
    while (written < 5 && !failed) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(failed).toBeNull();
    const backup = await run("scripts/db-backup.ts", ["--output", file]);
    writing = false;
    await writer;
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/\[db:backup\] wrote .*egov\.dump in [\d.]+ s \(sha256 [0-9a-f]{64}\)/);
    // Readable by its owner only: a dump holds password hashes and everything else.
    expect((await stat(file)).mode & 0o777).toBe(0o600);

    // What the backup holds: the database as it was at one instant (the writes that came
    // after are undone here so that the comparison is exact).
    const dumpedResponses = gunzipSync(await readFile(file))
      .toString("utf8")
      .split("\n")
      .filter((line) => line.includes('"respondentKey":"backup-test-')).length;
    await withClient(name, async (client) => {
      await client.query(`DELETE FROM "SurveyResponse" WHERE "respondentKey" LIKE 'backup-test-%' AND substring("respondentKey" from 13)::int >= $1`, [
        dumpedResponses,
      ]);
    });
    const before = await snapshot();
    // Sequences: as read at backup time (the writes after it moved them on in this database).
    const header = JSON.parse(
      gunzipSync(await readFile(file))
        .toString("utf8")
        .split("\n", 1)[0]!,
    ) as { sequences: { name: string; lastValue: string; isCalled: boolean }[] };
    const backedUpSequences = Object.fromEntries(header.sequences.map((s) => [s.name, `${s.lastValue}/${s.isCalled}`]));
    expect(Object.keys(backedUpSequences).sort()).toEqual(Object.keys(before.sequences).sort());
    expect(before.tables["Project"]!.rows).toBeGreaterThan(20);
    expect(before.tables["SurveyResponse"]!.rows).toBeGreaterThan(100);
    expect(before.tables["AuditLog"]!.rows).toBe(1);

    // Wiped: a new, empty database of the same name.
    await recreateDatabase();
    const restore = await run("scripts/db-restore.ts", [file]);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toMatch(/\[db:restore\] restored \d+ tables, \d+ rows from /);
    const after = await snapshot();
    expect(after.tables).toEqual(before.tables);
    expect(after.sequences).toEqual(backedUpSequences);

    // Every response written before the snapshot came back with its three answers.
    const incomplete = await withClient(name, (client) =>
      client.query(
        `SELECT r.id FROM "SurveyResponse" r LEFT JOIN "SurveyAnswer" a ON a."responseId" = r.id
          WHERE r."respondentKey" LIKE 'backup-test-%' GROUP BY r.id HAVING count(a.id) <> 3`,
      ),
    );
    expect(incomplete.rowCount).toBe(0);
    // Sequences continue after the restored rows, and the append-only rule holds again.
    await withClient(name, async (client) => {
      await client.query(`INSERT INTO "AuditLog" (action, "entityType", "entityId") VALUES ('after.restore', 'Project', '1')`);
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/append-only/);
    });
  });

  it("refuses a database that is not empty, in one line, and changes nothing", { timeout: 60_000 }, async () => {
    const file = path.join(dir, "egov.dump");
    const before = await snapshot();
    const result = await run("scripts/db-restore.ts", [file]);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(
      /^\[db:restore\] error: the target database is not empty \(\d+ tables or views: .*\); restore into an empty database, or add --replace/,
    );
    expect(await snapshot()).toEqual(before);
  });

  it("--replace puts the backed-up data back in place of the current one", { timeout: 60_000 }, async () => {
    const file = path.join(dir, "egov.dump");
    // The backed-up state, restored into an empty database, then changed.
    await recreateDatabase();
    expect((await run("scripts/db-restore.ts", [file])).code).toBe(0);
    const backedUp = await snapshot();
    await withClient(name, (client) => client.query(`DELETE FROM "ProjectChange" WHERE id IN (SELECT id FROM "ProjectChange" ORDER BY id LIMIT 3)`));
    expect(await snapshot()).not.toEqual(backedUp);
    const result = await run("scripts/db-restore.ts", [file, "--replace"]);
    expect(result.code, result.stderr).toBe(0);
    expect(await snapshot()).toEqual(backedUp);
  });

  it("works on the embedded database without DATABASE_URL, starting and stopping it", { timeout: 90_000 }, async () => {
    const file = path.join(dir, "egov.dump");
    const again = path.join(dir, "again.dump");
    const env = { DATABASE_URL: "", EGOV_DATA_DIR: path.join(dir, "embedded") };
    const restore = await run("scripts/db-restore.ts", [file], env);
    expect(restore.code, restore.stderr).toBe(0);
    expect(restore.stdout).toContain("starting the embedded PostgreSQL");
    const backup = await run("scripts/db-backup.ts", ["--output", again], env);
    expect(backup.code, backup.stderr).toBe(0);
    // Stopped again after each command, cleanly (PostgreSQL removes its pid file only then).
    expect(existsSync(path.join(dir, "embedded", "pg", "postmaster.pid"))).toBe(false);
    const rows = async (dump: string) =>
      gunzipSync(await readFile(dump))
        .toString("utf8")
        .split("\n")
        .slice(1);
    expect(await rows(again)).toEqual(await rows(file));
  });

  it("refuses a damaged or truncated file and leaves the database empty", { timeout: 60_000 }, async () => {
    const file = path.join(dir, "egov.dump");
    const text = gunzipSync(await readFile(file)).toString("utf8");
    const truncated = path.join(dir, "truncated.dump");
    await writeFile(truncated, gzipSync(text.slice(0, Math.floor(text.length * 0.8))));
    const garbage = path.join(dir, "garbage.dump");
    await writeFile(garbage, "not a backup");
    await recreateDatabase();
    for (const [bad, message] of [
      [truncated, /is incomplete/],
      [garbage, /is not a (readable )?backup/],
    ] as const) {
      const result = await run("scripts/db-restore.ts", [bad]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      const tables = await withClient(name, (client) => client.query(`SELECT 1 FROM pg_tables WHERE schemaname = 'public'`));
      expect(tables.rowCount).toBe(0);
    }
  });
});
