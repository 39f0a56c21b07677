// The open-data queries and exports against the seeded database (no mocks of the data layer;
// only the "server-only" guard is stubbed, since these modules run outside Next here).
import { beforeAll, describe, expect, inject, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

process.env.DATABASE_URL = inject("databaseUrl");

const { findProjects } = await import("../../lib/data/projects");
const { findIndicatorsForExport, findNewsForFeed, findSessionsForExport } = await import("../../lib/data/open-data");
const { findSitemapEntries } = await import("../../lib/data/sitemap");
const { parseProjectsQuery } = await import("../../lib/open-data/projects-query");
const { streamProjectsCsv } = await import("../../lib/open-data/projects-csv");
const { toCsvRecords, UTF8_BOM } = await import("../../lib/open-data/csv");
const { PROJECT_FIELD_KEYS, toProjectRecord, toProjectRow } = await import("../../lib/open-data/project-columns");
const { toSessionRecord } = await import("../../lib/open-data/session-records");
const { toIndicatorRecord } = await import("../../lib/open-data/indicator-records");

const baseUrl = "https://egov.example";
const today = new Date(Date.UTC(2026, 0, 1));
const query = (text: string) => parseProjectsQuery(new URLSearchParams(text));

async function readText(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
}

describe("projects export", () => {
  let total = 0;
  beforeAll(async () => {
    total = (await findProjects(query("").filters, "fr", today)).total;
  });

  it("finds the flagship civil-registry project without the accent", async () => {
    const { filters } = query("q=etat civil&flagship=1");
    const result = await findProjects(filters, "fr", today);
    const records = result.items.map((item) => toProjectRecord(item, { baseUrl }));
    expect(records.map((r) => r.slug)).toContain("modernisation-etat-civil");
    expect(records.every((r) => r.isFlagship)).toBe(true);
    const civil = records.find((r) => r.slug === "modernisation-etat-civil")!;
    expect(civil.titleFr).toBe("Modernisation de l'état civil");
    expect(civil.titleAr).toBe("تحديث الحالة المدنية");
    expect(civil.url).toBe(`${baseUrl}/fr/projects/modernisation-etat-civil`);
  });

  it("says true or false for isLate, never null (a project without a planned end is not late)", async () => {
    const { items } = await findProjects({ ...query("").filters, perPage: 1000 }, "fr", today);
    expect(items.some((item) => item.plannedEndOn === null)).toBe(true);
    expect(items.every((item) => typeof item.isLate === "boolean")).toBe(true);
  });

  for (const batchSize of [4, 7, 1000]) {
    it(`streams every matching row, in order, whatever the batch size (${batchSize})`, async () => {
      const { filters, locale } = query("sort=progress&dir=desc");
      const all = await findProjects({ ...filters, perPage: 1000 }, locale, today);
      const csv = await readText(await streamProjectsCsv({ filters, locale, today, baseUrl, batchSize }));
      const expected = UTF8_BOM + toCsvRecords([PROJECT_FIELD_KEYS]) + toCsvRecords(all.items.map((item) => toProjectRow(item, { baseUrl })));
      expect(csv).toBe(expected);
      expect(all.items.length).toBe(total);
    });
  }

  it("ends cleanly when the row count is an exact multiple of the batch size", async () => {
    const { filters, locale } = query("");
    const csv = await readText(await streamProjectsCsv({ filters, locale, today, baseUrl, batchSize: total }));
    expect(csv.split("\r\n").length).toBe(total + 2); // header, rows, and the empty string after the last CRLF
  });

  it("applies the filters to the CSV and ignores page and page size", async () => {
    const { filters, locale } = query("status=OPERATIONAL&page=2&perPage=20");
    const expected = await findProjects({ ...filters, page: 1, perPage: 1000 }, locale, today);
    const csv = await readText(await streamProjectsCsv({ filters, locale, today, baseUrl, batchSize: 3 }));
    const lines = csv.split("\r\n").filter(Boolean);
    expect(lines.length - 1).toBe(expected.total);
    expect(expected.total).toBeGreaterThan(3);
    expect(lines.slice(1).every((line) => line.includes(",OPERATIONAL,"))).toBe(true);
  });

  it("has only an empty result, not an error, for a page past the end", async () => {
    const { filters } = query("page=999");
    const result = await findProjects(filters, "fr", today);
    expect(result.items).toEqual([]);
    expect(result.total).toBe(total);
  });
});

describe("sessions export", () => {
  it("lists the 1st and 11th CIGOV sessions with agenda, reviews, launches and announced dates", async () => {
    const records = (await findSessionsForExport()).map((row) => toSessionRecord(row, { baseUrl }));
    const cigov = records.filter((r) => r.bodyKind === "CIGOV");
    expect(cigov.map((r) => r.number)).toEqual([1, 11]);
    const [first, eleventh] = cigov;
    expect(first!.heldOn).toBe("2010-02-22");
    expect(first!.announcedDates).toEqual(["2010-06-21", "2010-09-20", "2010-12-20"]);
    expect(first!.agenda.length).toBe(4);
    expect(eleventh!.heldOn).toBe("2013-06-07");
    expect(eleventh!.chairName).toBe("Abdelkader Amara");
    expect(eleventh!.servicesLaunched).toContainEqual(expect.objectContaining({ project: "casier-judiciaire-en-ligne", launchedOn: "2013-02-19" }));
    expect(eleventh!.demonstrations.length).toBe(4);
    expect(eleventh!.url).toBe(`${baseUrl}/fr/sessions/11`);
  });
});

describe("indicators export", () => {
  it("gives the Watiqa.ma roll-out with its target and its history as numbers", async () => {
    const records = (await findIndicatorsForExport()).map((row) => toIndicatorRecord(row, { baseUrl }));
    const watiqa = records.find((r) => r.slug === "watiqa-communes-deployees")!;
    expect(watiqa).toMatchObject({ unitFr: "communes", targetValue: 127, targetOn: "2013-07-31", project: "watiqa-ma" });
    expect(watiqa.values).toEqual([expect.objectContaining({ observedOn: "2013-06-07", value: 29 })]);
  });
});

describe("news feed and sitemap", () => {
  it("publish only published news, latest first", async () => {
    const news = await findNewsForFeed(new Date());
    const slugs = news.map((n) => n.slug);
    expect(slugs).toContain("2013-06-07-cigov-11e-session");
    expect(slugs).not.toContain("expose-programme-conseil-de-gouvernement"); // an unpublished draft
    const dates = news.map((n) => n.publishedAt.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });
  it("leave out news scheduled after the given moment", async () => {
    const moment = new Date("2013-01-01T00:00:00Z");
    const news = await findNewsForFeed(moment);
    expect(news.map((n) => n.slug)).toContain("2010-04-17-lancement-site-programme");
    expect(news.map((n) => n.slug)).not.toContain("2013-06-07-cigov-11e-session");
    expect(news.every((n) => n.publishedAt <= moment)).toBe(true);
  });
  it("list every project, body, CIGOV session, indicator and published news item for the sitemap", async () => {
    const entries = await findSitemapEntries(new Date());
    const { total } = await findProjects(query("").filters, "fr", today);
    expect(entries.projects.length).toBe(total);
    expect(entries.bodies.map((b) => b.slug)).toEqual(expect.arrayContaining(["cigov", "spgov", "dpgov"]));
    expect(entries.sessions.map((s) => s.number)).toEqual([1, 11]);
    expect(entries.indicators.map((i) => i.slug)).toEqual(["watiqa-communes-deployees"]);
    expect(entries.news.map((n) => n.slug)).not.toContain("expose-programme-conseil-de-gouvernement");
    expect(entries.organizations.length).toBeGreaterThan(5);
  });
});
