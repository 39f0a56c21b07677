// Per-request public reads shared for a moment (lib/cache/brief-results.ts) on the real
// database: identical queries share one read, an edit of this instance (forgetBriefResults,
// called by every invalidation) is seen by the next one, and only page-sized reads from the
// per-request side are kept.
import { afterAll, describe, expect, inject, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
// The invalidation functions call Next's cache API, which needs a request; here only their other effect is checked.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, updateTag: () => {} }));
process.env.DATABASE_URL = inject("databaseUrl");
process.env.RESULT_CACHE_MS = "60000"; // longer than the test: only forget() may change an answer
const { findProjects } = await import("../../lib/data/projects");
const { forgetBriefResults } = await import("../../lib/cache/brief-results");
const { invalidateProject } = await import("../../lib/cache/invalidate");
const { parseRoadmapFilters } = await import("../../lib/validation/roadmap");
const { db } = await import("../../lib/db");

const { filters } = parseRoadmapFilters({ perPage: "100", sort: "updated" });
const today = new Date("2026-11-23T00:00:00Z");
const project = await db.project.findFirstOrThrow({ orderBy: { id: "asc" }, select: { id: true, slug: true, titleFr: true } });
const titleIn = (page: Awaited<ReturnType<typeof findProjects>>) => page.items.find((item) => item.slug === project.slug)?.titleFr;

afterAll(async () => {
  await db.project.update({ where: { id: project.id }, data: { titleFr: project.titleFr } });
  forgetBriefResults();
});

describe("per-request reads kept for a moment", () => {
  it("share one read between identical per-request queries, never between primary reads", async () => {
    const [first, second] = await Promise.all([findProjects(filters, "fr", today, "replica"), findProjects(filters, "fr", today, "replica")]);
    expect(second).toBe(first);
    expect(await findProjects(filters, "fr", today, "replica")).toBe(first);
    expect(await findProjects(filters, "fr", today)).not.toBe(await findProjects(filters, "fr", today));
    // Another language, another page size: another query.
    expect(await findProjects(filters, "ar", today, "replica")).not.toBe(first);
    const csvBatch = { ...filters, perPage: 500 };
    expect(await findProjects(csvBatch, "fr", today, "replica")).not.toBe(await findProjects(csvBatch, "fr", today, "replica"));
  });

  it("answer with the edit once this instance's invalidation has run", async () => {
    const before = await findProjects(filters, "fr", today, "replica");
    await db.project.update({ where: { id: project.id }, data: { titleFr: `${project.titleFr} (modifié)` } });
    // Without an invalidation (an edit made elsewhere), the kept answer stands until it expires.
    expect(titleIn(await findProjects(filters, "fr", today, "replica"))).toBe(titleIn(before));
    invalidateProject(project.slug); // what the edit's server action calls
    expect(titleIn(await findProjects(filters, "fr", today, "replica"))).toBe(`${project.titleFr} (modifié)`);
    // The primary never kept anything.
    expect(titleIn(await findProjects(filters, "fr", today))).toBe(`${project.titleFr} (modifié)`);
  });
});
