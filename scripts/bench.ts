// `npm run bench [-- --small] [-- --duration 10] [-- --only survey,static]`
// Builds and starts the production server on an embedded PostgreSQL holding the synthetic
// dataset (10,000 projects, 1,000,000 survey responses, 100,000 posts; kept in .bench-data/
// between runs), warms every route up, loads each with autocannon from this same machine,
// and prints one table: throughput, latency percentiles, errors, and the ratio to a static
// file of similar size served by the same server in the same run. Results are also written
// to bench-results/latest.json. See docs/performance.md for how to read them.
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { seedDatabase } from "../prisma/seed";
import { ILLUSTRATIVE_SURVEY_SLUG } from "../prisma/seed/surveys";
import { generateSyntheticData } from "./db-synthetic";
import { startEmbeddedDatabase, findFreePort } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { projectRoot } from "./lib/paths";
import { startPortal } from "./lib/portal";
import { withPrisma } from "./lib/prisma-script";
import { sampleTreeRss } from "./lib/bench-rss";

const { values: args } = parseArgs({
  options: {
    small: { type: "boolean", default: false },
    duration: { type: "string", default: "10" },
    connections: { type: "string", default: "20" },
    // Comma-separated keys (or parts of them) of the routes to load; default: all. Keys:
    // static, home, roadmap, roadmap-search, project, session, projects-csv, projects-api,
    // survey (the 30 s submission run), search-uncached.
    only: { type: "string" },
  },
});
const SIZE = args.small ? { projects: 1_000, responses: 100_000, posts: 10_000 } : { projects: 10_000, responses: 1_000_000, posts: 100_000 };
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const dataDir = path.join(projectRoot, args.small ? ".bench-data-small" : ".bench-data");
process.env.EGOV_DIST_DIR = ".next-bench";
const log = (message: string) => console.log(`[bench] ${message}`);
const ONLY = args.only?.split(",").map((term) => term.trim()).filter(Boolean) ?? [];
/** Whether the route with this key is to be loaded (--only). */
const isSelected = (key: string) => ONLY.length === 0 || ONLY.some((term) => key.includes(term));

// A static file of about the size of a page, served by the same Next server from public/.
const REFERENCE = "/bench-reference.html";
const REFERENCE_BYTES = 64 * 1024;

async function prepareData(): Promise<{ projectSlug: string; surveyId: number; searchTerm: string }> {
  const database = await startEmbeddedDatabase({ dataDir, database: "egov" });
  try {
    await applyMigrations(database.url, () => {});
    await withPrisma(database.url, (prisma) => seedDatabase(prisma));
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const count = Number((await client.query(`SELECT count(*) AS n FROM "Project" WHERE slug LIKE 'synthetic-projet-%'`)).rows[0].n);
      if (count < SIZE.projects) {
        log(`loading the synthetic dataset (${SIZE.projects} projects, ${SIZE.responses} responses, ${SIZE.posts} posts); kept in ${path.relative(projectRoot, dataDir)}/ for the next runs`);
        const result = await generateSyntheticData(database.url, SIZE, log);
        log(`synthetic data loaded in ${(result.milliseconds / 1000).toFixed(0)} s`);
      }
      const project = (await client.query(`SELECT slug FROM "Project" WHERE slug LIKE 'synthetic-projet-%' ORDER BY id LIMIT 1 OFFSET 500`)).rows[0]?.slug as string;
      const survey = (await client.query(`SELECT id FROM "Survey" WHERE slug = $1`, [ILLUSTRATIVE_SURVEY_SLUG])).rows[0]?.id as number;
      return { projectSlug: project, surveyId: survey, searchTerm: "synthétique" };
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
}

type Route = { key?: string; name: string; path: string; method?: "GET" | "POST"; body?: (index: number) => string; headers?: (index: number) => Record<string, string>; connections?: number; duration?: number; expect?: number };
type Row = { route: string; requests: number; rps: number; p50: number; p95: number; p99: number; errors: number; non2xx: number; bytes: number; ratio?: number; rssMb?: number };

async function load(url: string, route: Route): Promise<Row> {
  let index = 0;
  const result = await autocannon({
    url: url + route.path,
    method: route.method ?? "GET",
    connections: route.connections ?? CONNECTIONS,
    duration: route.duration ?? DURATION,
    // A new body and address per request: each submission is a new respondent from a new client.
    requests: route.body
      ? [
          {
            setupRequest: (request) => {
              index += 1;
              return { ...request, body: route.body!(index), headers: { ...request.headers, "content-type": "application/json", ...(route.headers?.(index) ?? {}) } };
            },
          },
        ]
      : undefined,
  });
  return {
    route: route.name,
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p95: result.latency.p97_5 ?? result.latency.p90, // autocannon reports p97.5, not p95: the stricter one is shown
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    bytes: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
  };
}

function printTable(rows: Row[]): void {
  const header = ["route", "req/s", "p50 ms", "p97.5 ms", "p99 ms", "errors", "non-2xx", "bytes/resp", "x static", "RSS MB"];
  const lines = rows.map((row) => [row.route, row.rps.toFixed(0), String(row.p50), String(row.p95), String(row.p99), String(row.errors), String(row.non2xx), String(row.bytes), row.ratio === undefined ? "" : row.ratio.toFixed(2), row.rssMb === undefined ? "" : String(row.rssMb)]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const format = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join("  ");
  console.log(format(header));
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const line of lines) console.log(format(line));
}

async function main(): Promise<void> {
  const { projectSlug, surveyId, searchTerm } = await prepareData();
  await mkdir(path.join(projectRoot, "public"), { recursive: true });
  await writeFile(path.join(projectRoot, "public", REFERENCE.slice(1)), `<!doctype html><title>reference</title><pre>${"x".repeat(REFERENCE_BYTES - 50)}</pre>\n`);
  const port = await findFreePort(3900);
  const portal = await startPortal({ port, databaseUrl: null, dataDir, log });
  const rss = sampleTreeRss(portal.pid);
  try {
    const routes: Route[] = [
      { key: "static", name: "static file (64 KiB)", path: REFERENCE },
      { key: "home", name: "home", path: "/fr" },
      { key: "roadmap", name: "roadmap page 1", path: "/fr/roadmap" },
      { key: "roadmap-search", name: "roadmap filtered + searched", path: `/fr/roadmap?q=${encodeURIComponent(searchTerm)}&status=IN_PROGRESS&sort=title` },
      { key: "project", name: "project page", path: `/fr/projects/${projectSlug}` },
      { key: "session", name: "session page", path: "/fr/sessions/11" },
      { key: "projects-csv", name: "projects CSV (all rows)", path: "/api/v1/projects.csv", connections: 4 },
      { key: "projects-api", name: "GET /api/v1/projects", path: "/api/v1/projects" },
    ].filter((route) => isSelected(route.key!));
    log(`warming up ${routes.length} routes`);
    for (const route of routes) await autocannon({ url: portal.url + route.path, connections: 4, duration: 2 });
    const rows: Row[] = [];
    rss.peakSinceLast(); // the warm-up's peak is not any route's
    const peakMb = () => Math.round(rss.peakSinceLast() / 1024 / 1024);
    for (const route of routes) {
      log(`loading ${route.name}`);
      rows.push({ ...(await load(portal.url, route)), rssMb: peakMb() });
    }
    const staticRps = routes[0]?.key === "static" ? rows[0]!.rps : undefined;
    if (staticRps) for (const row of rows) row.ratio = row.rps / staticRps;

    // Survey submissions: 30 s sustained, counted in the database before and after.
    let submissions: { requests: number; acknowledged: number; stored: number } | undefined;
    if (isSelected("survey")) {
      const client = new pg.Client({ connectionString: portal.databaseUrl });
      await client.connect();
      const countResponses = async () => Number((await client.query(`SELECT count(*) AS n FROM "SurveyResponse" WHERE "surveyId" = $1`, [surveyId])).rows[0].n);
      const survey = await (await fetch(`${portal.url}/api/v1/surveys`)).json();
      // Warm-up first (JIT, pools, the per-process survey copy), from other client addresses.
      await autocannon({
        url: `${portal.url}/api/v1/surveys/${surveyId}/responses`,
        connections: CONNECTIONS,
        duration: 5,
        requests: [{ method: "POST", setupRequest: (request) => ({ ...request, body: JSON.stringify(buildAnswers(survey, surveyId)), headers: { ...request.headers, "content-type": "application/json", "x-forwarded-for": `172.16.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}` } }) }],
      });
      const before = await countResponses();
      const submission = await load(portal.url, {
        name: "survey submission (API, 30 s)",
        path: `/api/v1/surveys/${surveyId}/responses`,
        method: "POST",
        duration: 30,
        body: () => JSON.stringify(buildAnswers(survey, surveyId)),
        // Each request from another client address, as through a reverse proxy.
        headers: (index) => ({ "x-forwarded-for": `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}` }),
      });
      const stored = (await countResponses()) - before;
      await client.end();
      rows.push({ ...submission, rssMb: peakMb() });
      submissions = { requests: submission.requests, acknowledged: submission.requests - submission.non2xx - submission.errors, stored };
    }

    // Uncached server time of the roadmap search: one connection, a different term each time.
    let term = 0;
    const uncached = isSelected("search-uncached")
      ? await autocannon({ url: `${portal.url}/fr/roadmap`, connections: 1, duration: DURATION, requests: [{ setupRequest: (request) => ({ ...request, path: `/fr/roadmap?q=${encodeURIComponent(`synthétique ${term++ % 9000}`)}&status=IN_PROGRESS` }) }] })
      : undefined;

    printTable(rows);
    const maxRss = rss.stop();
    console.log("");
    if (submissions) {
      const { acknowledged, stored } = submissions;
      console.log(`survey submissions: ${stored} stored in 30 s = ${(stored / 30).toFixed(0)}/s; acknowledged (2xx) ${acknowledged}; acknowledged but not stored ${Math.max(0, acknowledged - stored)} (requests cut off when the run ends are stored without being acknowledged)`);
    }
    if (uncached) console.log(`roadmap search, uncached, 1 connection: p50 ${uncached.latency.p50} ms, p97.5 ${uncached.latency.p97_5} ms, p99 ${uncached.latency.p99} ms`);
    console.log(`server memory (RSS, app process tree): max ${(maxRss / 1024 / 1024).toFixed(0)} MB`);
    console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}; load generator on the same machine`);
    await mkdir(path.join(projectRoot, "bench-results"), { recursive: true });
    await writeFile(
      path.join(projectRoot, "bench-results", "latest.json"),
      JSON.stringify({ at: new Date().toISOString(), size: SIZE, connections: CONNECTIONS, duration: DURATION, only: ONLY, rows, stored: submissions?.stored, uncachedSearch: uncached?.latency, maxRssBytes: maxRss }, null, 2),
    );
  } finally {
    rss.stop();
    await portal.stop();
  }
}

type ApiSurvey = { data: Array<{ id: number; questions: Array<{ id: number; kind: string; isRequired: boolean; minChoices: number | null; options: Array<{ id: number }> }> }> };

/** A valid answer to every required question of the survey, from its public description. */
function buildAnswers(survey: ApiSurvey, surveyId: number) {
  const found = survey.data.find((candidate) => candidate.id === surveyId);
  if (!found) throw new Error(`survey ${surveyId} is not open`);
  const answers: Record<string, unknown> = {};
  for (const question of found.questions) {
    const key = String(question.id);
    if (question.kind === "SINGLE_CHOICE") answers[key] = question.options[0]!.id;
    else if (question.kind === "MULTIPLE_CHOICE") answers[key] = question.options.slice(0, Math.max(1, question.minChoices ?? 1)).map((option) => option.id);
    else if (question.kind === "RATING" || question.kind === "PROJECT_RATING") answers[key] = 4;
    else if (question.isRequired) answers[key] = "Réponse de charge";
  }
  return { answers };
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
