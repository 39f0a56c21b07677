import { describe, expect, it } from "vitest";
import { parseRoadmapFilters, toSearchParams } from "./roadmap";

describe("parseRoadmapFilters", () => {
  it("gives defaults for an empty query", () => {
    const { filters, ignored } = parseRoadmapFilters({});
    expect(filters).toMatchObject({ q: "", statuses: [], sort: "title", direction: "asc", page: 1, perPage: 20, isLate: false });
    expect(ignored).toEqual([]);
  });

  it("reads every filter, including repeated statuses", () => {
    const { filters } = parseRoadmapFilters(
      new URLSearchParams("q=etat+civil&status=PILOT&status=OPERATIONAL&org=ministere-interieur&flagship=1&late=1&kind=E_SERVICE&axis=citoyens&page=2&perPage=50"),
    );
    expect(filters).toMatchObject({
      q: "etat civil",
      statuses: ["PILOT", "OPERATIONAL"],
      organization: "ministere-interieur",
      isFlagship: true,
      isLate: true,
      kind: "E_SERVICE",
      axis: "citoyens",
      sort: "relevance",
      page: 2,
      perPage: 50,
    });
  });

  it("drops malformed values and says which", () => {
    const { filters, ignored } = parseRoadmapFilters({ status: ["NOPE", "PILOT"], page: "-3", perPage: "7", org: "../etc", sort: "drop table", flagship: "yes" });
    expect(filters.statuses).toEqual(["PILOT"]);
    expect(filters.page).toBe(1);
    expect(filters.perPage).toBe(20);
    expect(filters.organization).toBeNull();
    expect(filters.sort).toBe("title");
    expect(ignored.sort()).toEqual(["flagship", "org", "page", "perPage", "sort", "status"]);
  });

  it("drops NUL bytes from the search, which PostgreSQL would refuse", () => {
    expect(parseRoadmapFilters({ q: "etat\u0000 civil" }).filters.q).toBe("etat civil");
    expect(parseRoadmapFilters({ q: "\u0000" }).filters.q).toBe("");
  });

  it("does not sort by relevance without a search", () => {
    expect(parseRoadmapFilters({ sort: "relevance" }).filters.sort).toBe("title");
  });

  it("round-trips through the canonical query string", () => {
    const query = "q=guichet&status=PLANNED&org=dpgov&late=1&sort=plannedEnd&dir=desc&page=3";
    const { filters } = parseRoadmapFilters(new URLSearchParams(query));
    expect(parseRoadmapFilters(toSearchParams(filters)).filters).toEqual(filters);
    expect(toSearchParams(filters, { page: 1 }).has("page")).toBe(false);
  });
});
