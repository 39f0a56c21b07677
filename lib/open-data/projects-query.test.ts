import { describe, expect, it } from "vitest";
import { parseRoadmapFilters, toSearchParams } from "../validation/roadmap";
import { csvFileName, parseProjectsQuery, PROJECT_QUERY_PARAMETERS, projectsLinks } from "./projects-query";

const parse = (query: string) => parseProjectsQuery(new URLSearchParams(query));
const base = "https://egov.example";

describe("parseProjectsQuery", () => {
  it("reads the roadmap's filters", () => {
    const { filters, locale, ignored } = parse("status=OPERATIONAL&flagship=1&q=etat%20civil&page=2&perPage=50");
    expect(filters).toMatchObject({ statuses: ["OPERATIONAL"], isFlagship: true, q: "etat civil", page: 2, perPage: 50 });
    expect(locale).toBe("fr");
    expect(ignored).toEqual([]);
  });
  it("ignores and names malformed values and unknown parameters", () => {
    const { filters, ignored } = parse("status=BOGUS&perPage=7&lang=en&stauts=PLANNED&flagship=1");
    expect(filters.statuses).toEqual([]);
    expect(filters.perPage).toBe(20);
    expect(filters.isFlagship).toBe(true);
    expect(ignored.sort()).toEqual(["lang", "perPage", "status", "stauts"]);
  });
  it("sorts titles in Arabic with lang=ar", () => {
    expect(parse("lang=ar").locale).toBe("ar");
  });
  it("knows every parameter the roadmap writes (fails if the roadmap gains one)", () => {
    const { filters } = parseRoadmapFilters(
      new URLSearchParams("q=x&status=PLANNED&org=a&axis=b&kind=PROJECT&flagship=1&late=1&sort=title&dir=desc&page=3&perPage=50"),
    );
    const written = [...toSearchParams(filters).keys()];
    expect(written.length).toBeGreaterThanOrEqual(10);
    for (const key of written) expect(PROJECT_QUERY_PARAMETERS).toContain(key);
  });
});

describe("projectsLinks", () => {
  it("links the neighbouring pages and the CSV with the same filters", () => {
    const { filters } = parse("status=IN_PROGRESS&page=2&perPage=50&bogus=1");
    const links = projectsLinks(base, filters, "fr", 3);
    expect(links.self).toBe(`${base}/api/v1/projects?status=IN_PROGRESS&perPage=50&page=2`);
    expect(links.next).toBe(`${base}/api/v1/projects?status=IN_PROGRESS&perPage=50&page=3`);
    expect(links.prev).toBe(`${base}/api/v1/projects?status=IN_PROGRESS&perPage=50`);
    expect(links.csv).toBe(`${base}/api/v1/projects.csv?status=IN_PROGRESS`);
  });
  it("has no next link on the last page and no prev link on the first", () => {
    const { filters } = parse("");
    expect(projectsLinks(base, filters, "fr", 1)).toEqual({
      self: `${base}/api/v1/projects`,
      next: null,
      prev: null,
      csv: `${base}/api/v1/projects.csv`,
    });
  });
  it("leads back to the last page from past the end, and keeps lang", () => {
    const { filters, locale } = parse("page=9&lang=ar");
    const links = projectsLinks(base, filters, locale, 2);
    expect(links.next).toBeNull();
    expect(links.prev).toBe(`${base}/api/v1/projects?page=2&lang=ar`);
    expect(links.csv).toBe(`${base}/api/v1/projects.csv?lang=ar`);
  });
});

describe("csvFileName", () => {
  it("is dated in Morocco's time zone", () => {
    expect(csvFileName(new Date("2013-06-07T12:00:00Z"))).toBe("egov-projects-2013-06-07.csv");
    // 23:30 UTC on 31 Dec is already 1 January in Casablanca (UTC+1).
    expect(csvFileName(new Date("2019-12-31T23:30:00Z"))).toBe("egov-projects-2020-01-01.csv");
  });
});
