// `npm run db:synthetic -- --projects 10000 --responses 1000000 --posts 100000`
// Fills the database in DATABASE_URL with a large synthetic dataset for load tests. Never
// run by default, never against the embedded .data database. Every row it writes is
// marked: slugs and codes start with "synthetic-", titles read "Projet synthétique N",
// respondent keys and e-mails start with "synthetic-".
// Speed: each table is filled by a few set-based INSERT ... SELECT generate_series
// statements run by PostgreSQL itself, all in one transaction (all or nothing).
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { PROGRAMME_SLUG } from "../prisma/seed/programme";
import { ILLUSTRATIVE_SURVEY_SLUG } from "../prisma/seed/surveys";

export type SyntheticOptions = { projects: number; responses: number; posts: number };
export type SyntheticResult = { counts: Record<string, number>; milliseconds: number };

const DEFAULTS: SyntheticOptions = { projects: 10_000, responses: 1_000_000, posts: 100_000 };
const ACTOR = "Générateur de données synthétiques";
const SYNTHETIC_USERS = 25;
const POSTS_PER_THREAD = 10;

type Db = pg.ClientBase;
type Question = { id: number; kind: string; minChoices: number | null; maxChoices: number | null; options: number[] };

const ids = async (db: Db, sql: string, params: unknown[] = []) =>
  (await db.query<{ id: number }>(sql, params)).rows.map((r) => Number(r.id));

/** Small deterministic PRNG (mulberry32): the same run shape every time. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function insertProjects(db: Db, programmeId: number, count: number): Promise<void> {
  if (count === 0) return;
  // Owners are bodies that run projects, not offices that only hold a committee seat.
  const orgs = await ids(db, `SELECT id FROM "Organization" WHERE kind <> 'OTHER' ORDER BY id`);
  const axes = await ids(db, `SELECT id FROM "Axis" WHERE "programmeId" = $1 ORDER BY id`, [programmeId]);
  const { rows } = await db.query<{ base: number }>(
    `SELECT COALESCE(max(substring(slug FROM '^synthetic-projet-([0-9]+)$')::int), 0) AS base FROM "Project"`,
  );
  const base = Number(rows[0]?.base ?? 0);
  // Skewed draws (power of a uniform) so a few organisations own most projects, as in life.
  // Late projects: about a fifth of those under way have a planned end already past.
  await db.query(
    `WITH draw AS (
       SELECT g AS n, random() AS rs, random() AS ro, random() AS ra, random() AS rk, random() AS rl,
              random() AS rp, random() AS rlate, random() AS rd, random() AS rf
       FROM generate_series($1::int + 1, $1::int + $2::int) AS g
     ), shaped AS (
       SELECT *,
         (CASE WHEN rs < 0.15 THEN 'PLANNED' WHEN rs < 0.55 THEN 'IN_PROGRESS' WHEN rs < 0.65 THEN 'PILOT'
               WHEN rs < 0.95 THEN 'OPERATIONAL' WHEN rs < 0.98 THEN 'SUSPENDED' ELSE 'CANCELLED' END)::"ProjectStatus" AS status,
         (120 + floor(rl * 960))::int AS len
       FROM draw
     ), dated AS (
       SELECT *,
         CASE
           WHEN status = 'PLANNED' THEN current_date + (30 + floor(rd * 700))::int + len
           WHEN status IN ('IN_PROGRESS', 'PILOT') AND rlate < 0.2 THEN current_date - (15 + floor(rd * 400))::int
           WHEN status IN ('IN_PROGRESS', 'PILOT') THEN current_date + (15 + floor(rd * 800))::int
           ELSE current_date - (30 + floor(rd * 2500))::int
         END AS planned_end
       FROM shaped
     )
     INSERT INTO "Project" (slug, code, "programmeId", "axisId", "ownerOrganizationId", kind, "isFlagship",
       "titleFr", "titleAr", "summaryFr", "summaryAr", status, progress, channels,
       "baselineStartOn", "baselineEndOn", "plannedStartOn", "plannedEndOn", "actualStartOn", "actualEndOn",
       "budgetAmount", "updatedAt")
     SELECT 'synthetic-projet-' || n, 'synthetic-' || lpad(n::text, 7, '0'), $3,
       ($5::int[])[1 + floor(ra * cardinality($5::int[]))::int],
       ($4::int[])[1 + floor(power(ro, 2) * cardinality($4::int[]))::int],
       (ARRAY['PROJECT','E_SERVICE','E_SERVICE','PLATFORM','SHARED_APPLICATION'])[1 + floor(rk * 5)::int]::"ProjectKind",
       rf < 0.015,
       'Projet synthétique ' || n, 'مشروع اصطناعي ' || n,
       'Donnée synthétique générée pour les tests de charge.', 'معطيات اصطناعية مولدة لاختبارات التحمل.',
       status,
       CASE status WHEN 'PLANNED' THEN 0 WHEN 'OPERATIONAL' THEN 100 WHEN 'PILOT' THEN 70 + floor(rp * 26)::int
                   ELSE 5 + floor(rp * 86)::int END,
       CASE WHEN rk < 0.3 THEN ARRAY['WEB','MOBILE']::"Channel"[] ELSE ARRAY['WEB']::"Channel"[] END,
       planned_end - len, planned_end - (CASE WHEN rlate < 0.2 THEN len / 3 ELSE 0 END),
       planned_end - len, planned_end,
       CASE WHEN status <> 'PLANNED' AND planned_end - len <= current_date
            THEN LEAST(current_date, planned_end - len + floor(rp * 30)::int) END,
       CASE WHEN status = 'OPERATIONAL' THEN LEAST(current_date, planned_end + floor(rd * 90)::int - 20) END,
       round((1 + rp * 499)::numeric * 1000000, 2),
       now()
     FROM dated`,
    [base, count, programmeId, orgs, axes],
  );

  // History and milestones for the rows just written (their slugs mark them).
  const fresh = `SELECT * FROM "Project" WHERE slug LIKE 'synthetic-projet-%'
                 AND substring(slug FROM '^synthetic-projet-([0-9]+)$')::int > $1`;
  await db.query(
    `INSERT INTO "ProjectChange" ("projectId", field, "fromValue", "toValue", reason, "actorName", "occurredOn", "createdAt")
     SELECT p.id, 'CREATED'::"ChangeField", NULL, 'PLANNED', 'Donnée synthétique', $2, c.on_day, c.on_day::timestamp
     FROM (${fresh}) p CROSS JOIN LATERAL (SELECT LEAST(current_date, p."plannedStartOn") - 30 AS on_day) c
     UNION ALL
     SELECT p.id, 'STATUS'::"ChangeField", 'PLANNED', p.status::text, 'Donnée synthétique', $2, s.on_day, s.on_day::timestamp + interval '1 hour'
     FROM (${fresh}) p CROSS JOIN LATERAL
          (SELECT LEAST(current_date, COALESCE(p."actualStartOn", p."plannedStartOn")) AS on_day) s
     WHERE p.status <> 'PLANNED'`,
    [base, ACTOR],
  );
  await db.query(
    `INSERT INTO "Milestone" ("projectId", position, "titleFr", "titleAr", "baselineOn", "plannedOn", "actualOn", "updatedAt")
     SELECT p.id, k, 'Jalon synthétique ' || k, 'مرحلة اصطناعية ' || k, m.planned, m.planned,
            CASE WHEN m.planned < current_date AND (p.status = 'OPERATIONAL' OR random() < 0.7)
                 THEN LEAST(current_date, m.planned + floor(random() * 45)::int - 10) END,
            now()
     FROM (${fresh}) p
     CROSS JOIN generate_series(1, 3) AS k
     CROSS JOIN LATERAL (SELECT p."plannedStartOn" + ((p."plannedEndOn" - p."plannedStartOn") * k / 3) AS planned) m`,
    [base],
  );
}

async function loadQuestions(db: Db, surveyId: number): Promise<Question[]> {
  const { rows } = await db.query<{ id: number; kind: string; minChoices: number | null; maxChoices: number | null; options: number[] | null }>(
    `SELECT q.id, q.kind::text AS kind, q."minChoices", q."maxChoices",
            array_agg(o.id ORDER BY o.position) FILTER (WHERE o.id IS NOT NULL) AS options
     FROM "SurveyQuestion" q LEFT JOIN "SurveyOption" o ON o."questionId" = q.id
     WHERE q."surveyId" = $1 GROUP BY q.id ORDER BY q.position`,
    [surveyId],
  );
  return rows.map((r) => ({ ...r, options: r.options ?? [] }));
}

/** Option sets for a multiple-choice question, drawn once with popularity weights. */
function drawOptionSets(question: Question, random: () => number, count = 256): number[][] {
  const min = Math.max(1, question.minChoices ?? 1);
  const max = Math.min(question.options.length, question.maxChoices ?? question.options.length);
  const weights = question.options.map((_, i) => 1 / (i + 1.5));
  const sets: number[][] = [];
  for (let s = 0; s < count; s++) {
    const size = min + Math.floor(random() * (max - min + 1));
    const pool = question.options.map((id, i) => ({ id, w: weights[i] ?? 1 }));
    const chosen: number[] = [];
    while (chosen.length < size && pool.length > 0) {
      let pick = random() * pool.reduce((sum, o) => sum + o.w, 0);
      const index = pool.findIndex((o) => (pick -= o.w) <= 0);
      chosen.push(pool.splice(index < 0 ? pool.length - 1 : index, 1)[0]!.id);
    }
    sets.push(chosen);
  }
  return sets;
}

/**
 * Foreign-key checks are three quarters of the time of millions of answer rows, and here
 * they are redundant: every id written was read from the database in this transaction.
 * `session_replication_role = replica` skips them, but it skips every trigger, so it is
 * used only when the survey tables have no trigger of their own, and only where the role
 * may set it (superuser or granted); otherwise the rows are checked as usual.
 */
async function skipForeignKeyChecks(db: Db, log: (message: string) => void): Promise<boolean> {
  const { rows } = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM pg_trigger
     WHERE NOT tgisinternal AND tgrelid IN ('"SurveyResponse"'::regclass, '"SurveyAnswer"'::regclass)`,
  );
  if (Number(rows[0]?.n) > 0) return false;
  await db.query("SAVEPOINT before_replica_role");
  try {
    await db.query("SET LOCAL session_replication_role = replica");
    await db.query("RELEASE SAVEPOINT before_replica_role");
    return true;
  } catch {
    await db.query("ROLLBACK TO SAVEPOINT before_replica_role");
    log("survey answers: foreign keys checked row by row (this role may not skip them): slower");
    return false;
  }
}

async function insertResponses(db: Db, count: number, log: (message: string) => void): Promise<void> {
  if (count === 0) return;
  const skipped = await skipForeignKeyChecks(db, log);
  await insertResponseRows(db, count);
  // On failure there is nothing to restore: the transaction, and the setting, are rolled back.
  if (skipped) await db.query("SET LOCAL session_replication_role = origin");
}

async function insertResponseRows(db: Db, count: number): Promise<void> {
  const survey = await db.query<{ id: number; opensAt: Date | null }>(
    `SELECT id, "opensAt" FROM "Survey" WHERE slug = $1`,
    [ILLUSTRATIVE_SURVEY_SLUG],
  );
  const surveyId = survey.rows[0]?.id;
  if (!surveyId) throw new Error(`the illustrative survey "${ILLUSTRATIVE_SURVEY_SLUG}" is missing`);
  const run = Date.now().toString(36);
  // Submitted between the survey's opening (at most 180 days back) and now.
  const range = await db.query<{ lo: string; hi: string }>(
    `WITH ins AS (
       INSERT INTO "SurveyResponse" ("surveyId", "respondentKey", "networkKey", channel, "isFlagged", "submittedAt")
       SELECT $1, 'synthetic-' || $2 || '-' || g, 'synthetic-net-' || (g % 40000),
              (CASE WHEN g % 25 = 0 THEN 'API' ELSE 'WEB' END)::"ResponseChannel", g % 997 = 0,
              s.start + random() * (now() - s.start)
       FROM generate_series(1, $3::int) AS g,
            (SELECT GREATEST(COALESCE($4::timestamp, now()), now() - interval '180 days') AS start) s
       RETURNING id)
     SELECT min(id)::text AS lo, max(id)::text AS hi FROM ins`,
    [surveyId, run, count, survey.rows[0]?.opensAt ?? null],
  );
  const lo = range.rows[0]!.lo;
  const hi = range.rows[0]!.hi;
  // This run's rows only (its key prefix), even if real responses arrived meanwhile. The
  // interpolated values are numbers from the database and a base-36 string, not user input.
  const responses =
    `SELECT id FROM "SurveyResponse" WHERE "surveyId" = ${Number(surveyId)} AND id BETWEEN ${BigInt(lo)} AND ${BigInt(hi)}` +
    ` AND "respondentKey" LIKE 'synthetic-${run}-%'`;
  const random = prng(2013);

  for (const [index, q] of (await loadQuestions(db, surveyId)).entries()) {
    if (q.kind === "SINGLE_CHOICE" && q.options.length > 0) {
      await db.query(
        `INSERT INTO "SurveyAnswer" ("responseId", "questionId", "optionId")
         SELECT r.id, $1, ($2::int[])[1 + floor(power(random(), 1.8) * cardinality($2::int[]))::int] FROM (${responses}) r`,
        [q.id, q.options],
      );
    } else if (q.kind === "MULTIPLE_CHOICE" && q.options.length > 0) {
      // Each response takes one of the pre-drawn option sets; unnest turns it into rows.
      const sets = drawOptionSets(q, random);
      await db.query(`CREATE TEMP TABLE synthetic_sets (idx int PRIMARY KEY, options int[]) ON COMMIT DROP`);
      await db.query(`INSERT INTO synthetic_sets SELECT i, string_to_array(s, ',')::int[] FROM unnest($1::text[]) WITH ORDINALITY AS t(s, i)`, [
        sets.map((s) => s.join(",")),
      ]);
      await db.query(
        `INSERT INTO "SurveyAnswer" ("responseId", "questionId", "optionId")
         SELECT r.id, $1, o FROM (SELECT id, 1 + floor(random() * $2)::int AS idx FROM (${responses}) x) r
         JOIN synthetic_sets s ON s.idx = r.idx CROSS JOIN LATERAL unnest(s.options) AS o`,
        [q.id, sets.length],
      );
      await db.query(`DROP TABLE synthetic_sets`);
    } else if (q.kind === "RATING" || q.kind === "PROJECT_RATING") {
      // Ratings lean towards 4; each project question answered by ~85% with its own lean.
      const answered = q.kind === "RATING" ? 1 : 0.85;
      const lean = 0.45 + (index % 4) * 0.15;
      await db.query(
        `INSERT INTO "SurveyAnswer" ("responseId", "questionId", rating)
         SELECT r.id, $1, LEAST(5, 1 + floor(5 * power(random(), $2)))::int FROM (${responses}) r WHERE random() < $3`,
        [q.id, lean, answered],
      );
    } else if (q.kind === "FREE_TEXT") {
      await db.query(
        `INSERT INTO "SurveyAnswer" ("responseId", "questionId", text, "moderationStatus")
         SELECT r.id, $1, 'Commentaire synthétique n° ' || r.id || ' : pourriez-vous publier le calendrier des prochains services ?',
                (CASE WHEN random() < 0.8 THEN 'APPROVED' ELSE 'PENDING' END)::"ModerationStatus"
         FROM (${responses}) r WHERE random() < 0.04`,
        [q.id],
      );
    }
  }
}

async function insertPosts(db: Db, count: number): Promise<void> {
  if (count === 0) return;
  await db.query(
    `INSERT INTO "User" (email, name, role, "updatedAt")
     SELECT 'synthetic-partie-prenante-' || g || '@synthetic.invalid', 'Partie prenante synthétique ' || g, 'STAKEHOLDER', now()
     FROM generate_series(1, $1::int) g ON CONFLICT (email) DO NOTHING`,
    [SYNTHETIC_USERS],
  );
  const users = await ids(db, `SELECT id FROM "User" WHERE email LIKE 'synthetic-partie-prenante-%' ORDER BY id`);
  const threads = Math.max(1, Math.ceil(count / POSTS_PER_THREAD));
  await db.query(`CREATE TEMP TABLE synthetic_threads (k int PRIMARY KEY, id int, created timestamp) ON COMMIT DROP`);
  await db.query(`CREATE TEMP TABLE synthetic_first (thread int PRIMARY KEY, post int) ON COMMIT DROP`);
  // Threads go to every category, the public ones twice as often.
  await db.query(
    `WITH cats AS (
       SELECT id, "projectId", "sessionId", row_number() OVER (ORDER BY id) AS i, count(*) OVER () AS n
       FROM "DiscussionCategory", generate_series(1, CASE WHEN "isPublic" THEN 2 ELSE 1 END)
     ), base AS (SELECT count(*) AS b FROM "Thread" WHERE title LIKE 'Sujet synthétique %'),
     ins AS (
       INSERT INTO "Thread" ("categoryId", title, "authorId", "projectId", "sessionId", "createdAt", "lastPostAt")
       SELECT c.id, 'Sujet synthétique ' || (base.b + g), ($2::int[])[1 + floor(random() * cardinality($2::int[]))::int],
              c."projectId", c."sessionId", t.created, t.created
       FROM generate_series(1, $1::int) g
       CROSS JOIN base
       CROSS JOIN LATERAL (SELECT now() - random() * interval '365 days' + g * interval '0 s' AS created, random() + g * 0 AS pick) t
       JOIN cats c ON c.i = 1 + floor(t.pick * c.n)::int
       RETURNING id, "createdAt")
     INSERT INTO synthetic_threads SELECT row_number() OVER (ORDER BY id), id, "createdAt" FROM ins`,
    [threads, users],
  );
  const body = `'Message synthétique n° ' || g || E'.\\n\\nPoint soulevé pour le **test de charge** : suivi du calendrier.'`;
  await db.query(
    `WITH ins AS (
       INSERT INTO "Post" ("threadId", "authorId", body, "createdAt")
       SELECT t.id, ($1::int[])[1 + floor(random() * cardinality($1::int[]))::int],
              'Message synthétique d''ouverture du sujet ' || t.k || '.', t.created
       FROM synthetic_threads t RETURNING id, "threadId")
     INSERT INTO synthetic_first SELECT "threadId", id FROM ins`,
    [users],
  );
  // The other posts: replies (one level deep, to the opening post) or new top-level posts.
  await db.query(
    `INSERT INTO "Post" ("threadId", "authorId", "parentId", body, status, "createdAt")
     SELECT t.id, ($2::int[])[1 + floor(random() * cardinality($2::int[]))::int],
            CASE WHEN d.reply < 0.6 THEN f.post END, ${body},
            (CASE WHEN d.hide < 0.01 THEN 'HIDDEN_PENDING_REVIEW' ELSE 'VISIBLE' END)::"PostStatus",
            LEAST(now(), t.created + d.later * interval '60 days')
     FROM generate_series(1, $1::int) g
     CROSS JOIN LATERAL (SELECT 1 + floor(random() * $3)::int + g * 0 AS k, random() AS reply, random() AS hide, random() AS later) d
     JOIN synthetic_threads t ON t.k = d.k
     JOIN synthetic_first f ON f.thread = t.id`,
    [Math.max(0, count - threads), users, threads],
  );
  // A hidden post was reported by several distinct people: three synthetic reporters each.
  await db.query(
    `INSERT INTO "PostReport" ("postId", "reporterId", reason)
     SELECT p.id, ($1::int[])[1 + ((p.id + j) % cardinality($1::int[]))], 'Signalement synthétique'
     FROM "Post" p JOIN synthetic_threads t ON t.id = p."threadId" CROSS JOIN generate_series(0, 2) j
     WHERE p.status = 'HIDDEN_PENDING_REVIEW'`,
    [users],
  );
  await db.query(
    `UPDATE "Thread" th SET "lastPostAt" = m.last
     FROM (SELECT p."threadId", max(p."createdAt") AS last FROM "Post" p JOIN synthetic_threads t ON t.id = p."threadId" GROUP BY 1) m
     WHERE th.id = m."threadId"`,
  );
}

async function countSynthetic(db: Db): Promise<Record<string, number>> {
  const { rows } = await db.query(
    `SELECT
       (SELECT count(*) FROM "Project" WHERE slug LIKE 'synthetic-%') AS projects,
       (SELECT count(*) FROM "ProjectChange" WHERE "actorName" = $1) AS "projectChanges",
       (SELECT count(*) FROM "Milestone" m JOIN "Project" p ON p.id = m."projectId" WHERE p.slug LIKE 'synthetic-%') AS milestones,
       (SELECT count(*) FROM "SurveyResponse" WHERE "respondentKey" LIKE 'synthetic-%') AS responses,
       (SELECT count(*) FROM "SurveyAnswer" a JOIN "SurveyResponse" r ON r.id = a."responseId" WHERE r."respondentKey" LIKE 'synthetic-%') AS answers,
       (SELECT count(*) FROM "Thread" WHERE title LIKE 'Sujet synthétique %') AS threads,
       (SELECT count(*) FROM "Post" p JOIN "User" u ON u.id = p."authorId" WHERE u.email LIKE 'synthetic-%') AS posts,
       (SELECT count(*) FROM "User" WHERE email LIKE 'synthetic-%') AS users`,
    [ACTOR],
  );
  return Object.fromEntries(Object.entries(rows[0] as Record<string, string>).map(([k, v]) => [k, Number(v)]));
}

export async function generateSyntheticData(
  databaseUrl: string,
  options: SyntheticOptions,
  log: (message: string) => void = () => {},
): Promise<SyntheticResult> {
  const started = Date.now();
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const programme = await db.query<{ id: number }>(`SELECT id FROM "Programme" WHERE slug = $1`, [PROGRAMME_SLUG]);
    const programmeId = programme.rows[0]?.id;
    if (!programmeId) throw new Error("this database holds no programme: run `npm run db:seed` first");
    await db.query("BEGIN");
    try {
      await db.query("SET LOCAL statement_timeout = 0");
      // Timestamp columns hold UTC (as Prisma writes them): make now() agree.
      await db.query("SET LOCAL TIME ZONE 'UTC'");
      await db.query("SET LOCAL synchronous_commit = off"); // throwaway load-test data: durability can wait
      await db.query("SET LOCAL work_mem = '64MB'");
      const step = async (name: string, run: () => Promise<void>) => {
        const t = Date.now();
        await run();
        log(`${name}: ${((Date.now() - t) / 1000).toFixed(1)} s`);
      };
      await step("projects", () => insertProjects(db, programmeId, options.projects));
      await step("survey responses", () => insertResponses(db, options.responses, log));
      await step("posts", () => insertPosts(db, options.posts));
      await db.query("COMMIT");
    } catch (error) {
      await db.query("ROLLBACK").catch(() => {});
      throw error;
    }
    // Fresh statistics, so the load test measures the plans production would get.
    await db.query(`ANALYZE "Project", "ProjectChange", "Milestone", "SurveyResponse", "SurveyAnswer", "Thread", "Post"`);
    return { counts: await countSynthetic(db), milliseconds: Date.now() - started };
  } finally {
    await db.end();
  }
}

export function parseArgs(argv: string[]): SyntheticOptions {
  const options = { ...DEFAULTS };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const name = flag?.replace(/^--/, "") as keyof SyntheticOptions;
    if (!(name in DEFAULTS)) throw new Error(`unknown option ${argv[i]} (expected --projects, --responses, --posts)`);
    const raw = inline ?? argv[++i];
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0 || value > 100_000_000) {
      throw new Error(`--${name} needs a whole number from 0 to 100000000 (got "${raw ?? ""}")`);
    }
    options[name] = value;
  }
  return options;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("db:synthetic: set DATABASE_URL to the database to fill; it never writes to the default database");
    process.exit(1);
  }
  const options = parseArgs(process.argv.slice(2));
  console.log(`generating ${options.projects} projects, ${options.responses} responses, ${options.posts} posts...`);
  const { counts, milliseconds } = await generateSyntheticData(url, options, (m) => console.log(`  ${m}`));
  console.log("synthetic rows now in the database:");
  for (const [name, value] of Object.entries(counts)) console.log(`  ${name}: ${value}`);
  console.log(`done in ${(milliseconds / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`db:synthetic failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
