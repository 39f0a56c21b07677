// No N+1: the data behind the roadmap and a project page is fetched in a handful of SQL
// round trips whatever the number of rows. Counted at the driver (pg), so joins Prisma
// makes in one statement count once and every extra round trip counts.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
process.env.DATABASE_URL = inject("databaseUrl");

const { findProjects, findRoadmapFilterOptions } = await import("../../lib/data/projects");
const { findProjectPage } = await import("../../lib/data/project-page");
const { findProjectSurveyRating } = await import("../../lib/data/surveys-project-rating");
const { findPublicThreadsForProject } = await import("../../lib/data/space-links");
const { parseRoadmapFilters } = await import("../../lib/validation/roadmap");
const { db } = await import("../../lib/db");

let statements: string[] = [];
const original = pg.Client.prototype.query;

beforeAll(async () => {
  await db.$queryRaw`SELECT 1`; // connect first: connection set-up is not the page's doing
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    statements.push(typeof first === "string" ? first : String((first as { text?: string })?.text ?? ""));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
});

afterAll(() => {
  pg.Client.prototype.query = original;
});

async function count(run: () => Promise<unknown>): Promise<number> {
  statements = [];
  await run();
  return statements.filter((sql) => !/^\s*(BEGIN|COMMIT|ROLLBACK|SET|SELECT 1)\b/i.test(sql)).length;
}

describe("queries per page", () => {
  it("roadmap: a page of projects with the total and the filter choices", async () => {
    const { filters } = parseRoadmapFilters({ q: "service", status: ["IN_PROGRESS", "OPERATIONAL"], perPage: "50" });
    const n = await count(() => Promise.all([findProjects(filters, "fr", new Date()), findRoadmapFilterOptions()]));
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(4);
  });

  it("project page: the project with its milestones, history, sessions, news, rating and threads", async () => {
    const project = await db.project.findFirstOrThrow({ where: { changes: { some: {} }, milestones: { some: {} } }, select: { id: true, slug: true } });
    const n = await count(() => Promise.all([findProjectPage(project.slug), findProjectSurveyRating(project.id, new Date()), findPublicThreadsForProject(project.id)]));
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(6);
  });
});
