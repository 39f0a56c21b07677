import { describe, expect, it } from "vitest";
import { layoutTimeline } from "./timeline";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const item = (slug: string, ps: string | null, pe: string | null, as: string | null = null, ae: string | null = null) => ({
  slug,
  plannedStartOn: ps ? d(ps) : null,
  plannedEndOn: pe ? d(pe) : null,
  actualStartOn: as ? d(as) : null,
  actualEndOn: ae ? d(ae) : null,
});

describe("layoutTimeline", () => {
  it("spans whole years around every date", () => {
    const timeline = layoutTimeline([item("a", "2010-03-01", "2012-06-30")], 300, d("2026-01-01"))!;
    expect(timeline.start.toISOString().slice(0, 10)).toBe("2010-01-01");
    expect(timeline.end.toISOString().slice(0, 10)).toBe("2013-01-01");
    expect(timeline.years.map((y) => y.year)).toEqual([2010, 2011, 2012, 2013]);
    expect(timeline.years[0]!.x).toBe(0);
    expect(timeline.years[3]!.x).toBe(300);
  });

  it("places planned and actual bars in time order, mirrored for right-to-left", () => {
    const items = [item("a", "2010-01-01", "2011-01-01", "2010-07-01", "2012-01-01")];
    const ltr = layoutTimeline(items, 300, d("2026-01-01"))!.rows[0]!;
    const rtl = layoutTimeline(items, 300, d("2026-01-01"), true)!.rows[0]!;
    expect(ltr.planned!.x).toBe(0);
    expect(ltr.actual!.x).toBeGreaterThan(ltr.planned!.x);
    expect(rtl.planned!.x + rtl.planned!.width).toBeCloseTo(300);
  });

  it("draws a started, unfinished project up to today, and nothing without dates", () => {
    const timeline = layoutTimeline([item("a", "2010-01-01", "2010-12-31", "2010-01-01"), item("b", null, null)], 300, d("2012-12-31"))!;
    expect(timeline.rows[0]!.actual!.width).toBeGreaterThan(timeline.rows[0]!.planned!.width);
    expect(timeline.rows[1]).toEqual({ slug: "b", planned: null, actual: null });
  });

  it("returns null when no project has a date", () => {
    expect(layoutTimeline([item("b", null, null)], 300, d("2012-01-01"))).toBeNull();
  });
});
