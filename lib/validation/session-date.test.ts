import { describe, expect, it } from "vitest";
import { checkSessionDate, plausibleSessionWindow, type SessionDateContext } from "./session-date";
import { parseDay } from "./content-fields";

const day = (value: string) => parseDay(value)!;

// The seeded programme runs 2009-2013; the recorded CIGOV sessions are n° 1 (2010-02-22)
// and n° 11 (2013-06-07).
const window = plausibleSessionWindow({ startYear: 2009, endYear: 2013 }, day("2026-11-23"));
const context = (overrides: Partial<SessionDateContext> = {}): SessionDateContext => ({ window, previous: null, next: null, today: day("2026-11-23"), ...overrides });
const held = (value: string) => ({ heldOn: day(value), status: "HELD" as const });

describe("plausibleSessionWindow", () => {
  it("is the programme's years with one year before and five after, inclusive", () => {
    expect(window).toEqual({ from: day("2008-01-01"), to: day("2018-12-31") });
  });

  it("without a programme, goes twenty years back and five ahead of today", () => {
    expect(plausibleSessionWindow(null, day("2026-11-23"))).toEqual({ from: day("2006-01-01"), to: day("2031-12-31") });
  });
});

describe("checkSessionDate", () => {
  it("refuses the seed document's 22 February 2110 for the 1st session, as outside the period", () => {
    const issue = checkSessionDate(held("2110-02-22"), context({ next: { number: 11, heldOn: day("2013-06-07") } }));
    expect(issue).toEqual({ key: "errors.sessionOutsidePeriod", window });
  });

  it("accepts the window's first and last days and refuses the days just outside", () => {
    expect(checkSessionDate(held("2008-01-01"), context())).toBeNull();
    expect(checkSessionDate(held("2018-12-31"), context())).toBeNull();
    expect(checkSessionDate(held("2007-12-31"), context())?.key).toBe("errors.sessionOutsidePeriod");
    expect(checkSessionDate(held("2019-01-01"), context())?.key).toBe("errors.sessionOutsidePeriod");
  });

  it("puts session N strictly after session N-1", () => {
    const previous = { number: 1, heldOn: day("2010-02-22") };
    expect(checkSessionDate(held("2010-02-23"), context({ previous }))).toBeNull();
    expect(checkSessionDate(held("2010-02-22"), context({ previous }))).toEqual({ key: "errors.sessionNotAfterPrevious", neighbour: previous });
    expect(checkSessionDate(held("2010-02-21"), context({ previous }))?.key).toBe("errors.sessionNotAfterPrevious");
  });

  it("puts session N strictly before session N+1", () => {
    const next = { number: 11, heldOn: day("2013-06-07") };
    expect(checkSessionDate(held("2013-06-06"), context({ next }))).toBeNull();
    expect(checkSessionDate(held("2013-06-07"), context({ next }))).toEqual({ key: "errors.sessionNotBeforeNext", neighbour: next });
    expect(checkSessionDate(held("2013-06-08"), context({ next }))?.key).toBe("errors.sessionNotBeforeNext");
  });

  it("accepts a date between both neighbours", () => {
    const previous = { number: 1, heldOn: day("2010-02-22") };
    const next = { number: 11, heldOn: day("2013-06-07") };
    expect(checkSessionDate(held("2010-06-21"), context({ previous, next }))).toBeNull();
  });

  it("refuses a held session dated after today, but not a planned one", () => {
    const today = day("2012-03-01");
    expect(checkSessionDate(held("2012-03-01"), context({ today }))).toBeNull();
    expect(checkSessionDate(held("2012-03-02"), context({ today }))).toEqual({ key: "errors.sessionHeldInFuture" });
    expect(checkSessionDate({ heldOn: day("2012-03-02"), status: "PLANNED" }, context({ today }))).toBeNull();
  });
});
