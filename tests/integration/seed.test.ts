// The programme's seed data (prisma/seed), the demo accounts and the synthetic-data
// generator, against the migrated and seeded database of the integration setup. The
// generator runs on its own database, created on the same server and dropped after.
import { verify } from "@node-rs/argon2";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { PROGRAMME_SLUG, seedDatabase } from "../../prisma/seed";
import { ensureDemoAccounts, type DemoAccount } from "../../prisma/seed/demo-accounts";
import { PROJECTS } from "../../prisma/seed/projects-data";
import { ILLUSTRATIVE_SURVEY_SLUG } from "../../prisma/seed/surveys";
import { generateSyntheticData } from "../../scripts/db-synthetic";
import { applyMigrations } from "../../scripts/lib/migrate";
import { createPrisma, withPrisma } from "../../scripts/lib/prisma-script";

const root = path.resolve(import.meta.dirname, "../..");
const databaseUrl = () => inject("databaseUrl");
const iso = (date: Date | null | undefined) => date?.toISOString().slice(0, 10) ?? null;

/** Row count of every table of the public schema, to show a second seed changes nothing. */
async function rowCounts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`);
      counts[name] = Number(rows[0]?.n);
    }
    return counts;
  } finally {
    await client.end();
  }
}

describe("programme seed", () => {
  let prisma: PrismaClient;
  beforeAll(() => {
    prisma = createPrisma(databaseUrl());
  });
  afterAll(async () => {
    await prisma.$disconnect();
  });

  it("holds the programme's headline figures", async () => {
    const programme = await prisma.programme.findUniqueOrThrow({ where: { slug: PROGRAMME_SLUG } });
    expect(programme).toMatchObject({
      targetProjects: 89,
      targetFlagships: 15,
      planAxisNumber: 2,
      planAxisCount: 4,
      startYear: 2009,
      endYear: 2013,
      budgetCurrency: "MAD",
      planNameFr: "Maroc Numeric 2013",
    });
    expect(programme.budgetAmount?.toString()).toBe("2200000000");
    expect(programme.nameAr).toBeTruthy();
  });

  it("marks the four flagships the sources name, each with an owner", async () => {
    const flagships = await prisma.project.findMany({ where: { isFlagship: true }, select: { slug: true } });
    expect(flagships.map((p) => p.slug).sort()).toEqual(
      [
        "creation-entreprises-en-ligne",
        "gestion-integree-depense-gid",
        "identifiant-unique-citoyen",
        "modernisation-etat-civil",
      ].sort(),
    );
    const projects = await prisma.project.findMany({ include: { ownerOrganization: true } });
    expect(projects.length).toBeGreaterThanOrEqual(20);
    for (const project of projects) {
      expect(project.ownerOrganization, project.slug).toBeTruthy();
      expect(project.titleAr, project.slug).toBeTruthy();
      if (project.status === "OPERATIONAL") expect(project.progress, project.slug).toBe(100);
    }
  });

  it("dates the 1st CIGOV session 22 February 2010 with its agenda and next dates", async () => {
    const first = await prisma.committeeSession.findFirstOrThrow({
      where: { number: 1, body: { kind: "CIGOV" } },
      include: { agendaItems: { orderBy: { position: "asc" } }, announcedDates: { orderBy: { plannedOn: "asc" } } },
    });
    expect(iso(first.heldOn)).toBe("2010-02-22");
    expect(first.agendaItems).toHaveLength(4);
    expect(first.agendaItems.every((item) => item.titleAr)).toBe(true);
    expect(first.announcedDates.map((d) => iso(d.plannedOn))).toEqual(["2010-06-21", "2010-09-20", "2010-12-20"]);
  });

  it("records the 11th session and no session the sources do not describe", async () => {
    const sessions = await prisma.committeeSession.findMany({
      orderBy: { number: "asc" },
      include: { launches: true, demonstrations: true, decisions: true },
    });
    expect(sessions.map((s) => s.number)).toEqual([1, 11]);
    const eleventh = sessions[1]!;
    expect(iso(eleventh.heldOn)).toBe("2013-06-07");
    expect(eleventh.chairName).toBe("Abdelkader Amara");
    expect(eleventh.demonstrations).toHaveLength(4);
    expect(eleventh.launches.length).toBeGreaterThanOrEqual(3);
    // The press typo "2110" must not have leaked into the data.
    expect(sessions.every((s) => s.heldOn.getUTCFullYear() >= 2010 && s.heldOn.getUTCFullYear() <= 2013)).toBe(true);
  });

  it("lists the transitional committee's ten seats by office, naming no one", async () => {
    const body = await prisma.governanceBody.findUniqueOrThrow({
      where: { slug: "comite-ministres-gouvernance-transitoire" },
      include: { members: true },
    });
    expect(body.members).toHaveLength(10);
    expect(body.members.every((m) => m.personName === null && m.officeFr && m.officeAr)).toBe(true);
    const cigov = await prisma.governanceBody.findFirstOrThrow({ where: { kind: "CIGOV" }, include: { missions: true } });
    expect(cigov.missions.length).toBeGreaterThanOrEqual(3);
  });

  it("tracks Watiqa.ma: 29 communes on 7 June 2013 against 127 by 31 July 2013", async () => {
    const indicator = await prisma.indicator.findUniqueOrThrow({
      where: { slug: "watiqa-communes-deployees" },
      include: { values: { include: { source: true } } },
    });
    expect(Number(indicator.targetValue)).toBe(127);
    expect(iso(indicator.targetOn)).toBe("2013-07-31");
    expect(indicator.values.map((v) => [iso(v.observedOn), Number(v.value)])).toEqual([["2013-06-07", 29]]);
    expect(indicator.values[0]?.source?.publishedOn && iso(indicator.values[0].source.publishedOn)).toBe("2013-06-07");
  });

  it("plans the 2013 programme's projects for 2013, so the undelivered ones show as late", async () => {
    const interior = await prisma.project.findMany({
      where: { ownerOrganization: { slug: "ministere-interieur" } },
      select: { slug: true, status: true, plannedEndOn: true, baselineEndOn: true },
      orderBy: { slug: "asc" },
    });
    expect(interior.map((p) => [p.slug, iso(p.plannedEndOn), iso(p.baselineEndOn)])).toEqual([
      ["modernisation-etat-civil", "2013-12-31", "2013-12-31"],
      ["watiqa-ma", "2013-07-31", "2013-07-31"],
    ]);
    // Announced in 2013 for the years to come: no date was ever given.
    const gateway = await prisma.project.findUniqueOrThrow({ where: { slug: "passerelle-echange-interministerielle" } });
    expect(gateway.plannedEndOn).toBeNull();
  });

  it("keeps the criminal-record pilot in the project's sourced history", async () => {
    const changes = await prisma.projectChange.findMany({
      where: { project: { slug: "casier-judiciaire-en-ligne" } },
      orderBy: { id: "asc" },
    });
    expect(changes.map((c) => [c.toValue, iso(c.occurredOn)])).toEqual([
      ["PILOT", "2013-02-19"],
      ["OPERATIONAL", null],
    ]);
    expect(await prisma.projectChange.count({ where: { sourceId: null } })).toBe(0);
  });

  it("ships one illustrative survey with every question kind and no responses", async () => {
    const survey = await prisma.survey.findUniqueOrThrow({
      where: { slug: ILLUSTRATIVE_SURVEY_SLUG },
      include: { questions: true, _count: { select: { responses: true } } },
    });
    expect(survey.isIllustrative).toBe(true);
    expect(survey.closesAt).toBeNull();
    expect(new Set(survey.questions.map((q) => q.kind))).toEqual(
      new Set(["SINGLE_CHOICE", "MULTIPLE_CHOICE", "RATING", "PROJECT_RATING", "FREE_TEXT"]),
    );
    expect(survey.questions.filter((q) => q.kind === "PROJECT_RATING" && q.projectId)).toHaveLength(3);
    expect(survey._count.responses).toBe(0);
  });

  it("stores text as clean UTF-8 (no mojibake such as Âœ)", async () => {
    const rows = await prisma.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM (
        SELECT "titleFr" || "summaryFr" AS t FROM "Project"
        UNION ALL SELECT "bodyFr" || coalesce("bodyAr", '') FROM "NewsItem"
        UNION ALL SELECT "descriptionFr" FROM "GovernanceBody") x
      WHERE t LIKE '%Â%' OR t LIKE '%Ã%'`;
    expect(Number(rows[0]?.n)).toBe(0);
    const missions = await prisma.mission.findMany({ where: { textFr: { contains: "œuvre" } } });
    expect(missions.length).toBeGreaterThan(0);
  });

  it("does nothing when run again", async () => {
    const before = await rowCounts(databaseUrl());
    const result = await withPrisma(databaseUrl(), (client) => seedDatabase(client));
    expect(result).toEqual({ seeded: false });
    expect(await rowCounts(databaseUrl())).toEqual(before);
  });
});

describe("demo accounts", () => {
  let prisma: PrismaClient;
  let created: string[] = [];
  beforeAll(() => {
    prisma = createPrisma(databaseUrl());
  });
  afterAll(async () => {
    // Leave the shared database as we found it for the other test files.
    await prisma.user.deleteMany({ where: { email: { in: created } } });
    await prisma.$disconnect();
  });

  it("creates one account per role with strong, verifiable passwords, then keeps them", async () => {
    const existing = new Set((await prisma.user.findMany({ select: { email: true } })).map((u) => u.email));
    const accounts = await ensureDemoAccounts(prisma, []);
    created = accounts.map((a) => a.email).filter((email) => !existing.has(email));
    expect(accounts.map((a) => a.role).sort()).toEqual(
      ["ADMIN", "DPGOV_EDITOR", "MODERATOR", "SPGOV_EDITOR", "STAKEHOLDER"].sort(),
    );
    const spgov = accounts.find((a) => a.role === "SPGOV_EDITOR")!;
    expect(await prisma.project.count({ where: { ownerOrganization: { slug: spgov.organization! } } })).toBeGreaterThan(0);

    const hashes = new Map<string, string>();
    for (const account of accounts) {
      expect(account.password.length).toBeGreaterThanOrEqual(16);
      const user = await prisma.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.role).toBe(account.role);
      expect(user.passwordHash).toMatch(/^\$argon2id\$/);
      expect(await verify(user.passwordHash!, account.password)).toBe(true);
      hashes.set(account.email, user.passwordHash!);
    }

    const again = await ensureDemoAccounts(prisma, accounts);
    expect(again).toEqual(accounts);
    for (const account of again) {
      const user = await prisma.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(user.passwordHash).toBe(hashes.get(account.email));
    }
  });

  it("resets an account whose known password no longer verifies", async () => {
    const accounts = await ensureDemoAccounts(prisma, []);
    const stale: DemoAccount[] = accounts.map((a) => ({ ...a, password: `${a.password}-stale` }));
    const reset = await ensureDemoAccounts(prisma, stale);
    for (const account of reset) {
      expect(account.password).not.toBe(stale.find((s) => s.email === account.email)?.password);
      const user = await prisma.user.findUniqueOrThrow({ where: { email: account.email } });
      expect(await verify(user.passwordHash!, account.password)).toBe(true);
    }
  });
});

describe("synthetic data generator", () => {
  const name = `egov_synthetic_${randomBytes(6).toString("hex")}`;
  const urlFor = (database: string) => {
    const url = new URL(databaseUrl());
    url.pathname = `/${database}`;
    return url.toString();
  };
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: urlFor("postgres") });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const query = async (sql: string): Promise<Record<string, unknown>[]> => {
    const client = new pg.Client({ connectionString: urlFor(name) });
    await client.connect();
    try {
      return (await client.query(sql)).rows;
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await admin(`CREATE DATABASE "${name}" TEMPLATE template0 ENCODING 'UTF8'`);
    await applyMigrations(urlFor(name));
    await withPrisma(urlFor(name), (prisma) => seedDatabase(prisma));
  });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });

  it("writes marked, consistent rows in the requested numbers, and can run again", async () => {
    const first = await generateSyntheticData(urlFor(name), { projects: 50, responses: 500, posts: 100 });
    expect(first.counts).toMatchObject({ projects: 50, responses: 500, threads: 10, posts: 100 });
    // Every response answers the required questions: at least single, multiple and rating.
    expect(first.counts.answers).toBeGreaterThanOrEqual(500 * 3);

    const second = await generateSyntheticData(urlFor(name), { projects: 50, responses: 500, posts: 100 });
    expect(second.counts).toMatchObject({ projects: 100, responses: 1000, threads: 20, posts: 200 });

    const [check] = await query(`
      SELECT
        (SELECT count(*) FROM "Project" WHERE slug LIKE 'synthetic-%'
           AND (code NOT LIKE 'synthetic-%' OR "titleFr" NOT LIKE 'Projet synthétique %'))::int AS unmarked,
        (SELECT count(*) FROM "Project" WHERE slug NOT LIKE 'synthetic-%')::int AS real_projects,
        (SELECT count(*) FROM "Project" WHERE slug LIKE 'synthetic-%' AND status IN ('IN_PROGRESS', 'PILOT')
           AND "plannedEndOn" < current_date)::int AS late,
        (SELECT count(DISTINCT status) FROM "Project" WHERE slug LIKE 'synthetic-%')::int AS statuses,
        (SELECT count(*) FROM "SurveyAnswer" a JOIN "SurveyOption" o ON o.id = a."optionId"
           WHERE o."questionId" <> a."questionId")::int AS foreign_options,
        (SELECT count(*) FROM (
           SELECT a."responseId", count(*) AS n, min(q."minChoices") AS lo, min(q."maxChoices") AS hi
           FROM "SurveyAnswer" a JOIN "SurveyQuestion" q ON q.id = a."questionId"
           WHERE q.kind = 'MULTIPLE_CHOICE' GROUP BY a."responseId", q.id) m
           WHERE n < lo OR n > hi)::int AS bad_choice_counts,
        (SELECT count(*) FROM "SurveyAnswer" WHERE rating IS NOT NULL AND rating NOT BETWEEN 1 AND 5)::int AS bad_ratings,
        (SELECT count(*) FROM "Post" p JOIN "Post" parent ON parent.id = p."parentId"
           WHERE parent."parentId" IS NOT NULL OR parent."threadId" <> p."threadId")::int AS deep_replies`);
    expect(check).toMatchObject({
      unmarked: 0,
      real_projects: PROJECTS.length,
      foreign_options: 0,
      bad_choice_counts: 0,
      bad_ratings: 0,
      deep_replies: 0,
    });
    expect(check!.statuses).toBeGreaterThanOrEqual(4);
    expect(check!.late).toBeGreaterThan(0); // ~20% of the ~50 under way: never 0 in practice
  });

  it("refuses to run without DATABASE_URL, in one line", () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.DATABASE_URL;
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/db-synthetic.ts"], {
      cwd: root,
      env,
      encoding: "utf8",
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain("DATABASE_URL");
  });
});
