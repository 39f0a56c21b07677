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
    const timeline = layoutTimeline([item("a", "2010-03-01", "2012-06-30")], d("2011-01-01"))!;
    expect(timeline.start.toISOString().slice(0, 10)).toBe("2010-01-01");
    expect(timeline.end.toISOString().slice(0, 10)).toBe("2013-01-01");
    expect(timeline.years.map((y) => [y.year, Math.round(y.offset)])).toEqual([
      [2010, 0],
      [2011, 33],
      [2012, 67],
      [2013, 100],
    ]);
  });

  it("places planned and actual periods in time order", () => {
    const row = layoutTimeline([item("a", "2010-01-01", "2011-01-01", "2010-07-01", "2012-01-01")], d("2026-01-01"))!.rows[0]!;
    expect(row.planned).toMatchObject({ offset: 0, isPoint: false });
    expect(Math.round(row.planned!.length)).toBe(33);
    expect(row.actual!.offset).toBeGreaterThan(row.planned!.offset);
    expect(row.actual!.offset + row.actual!.length).toBeCloseTo(66.6, 0);
  });

  it("runs a started, unfinished project up to today, and extends the axis to today", () => {
    const timeline = layoutTimeline([item("a", "2010-01-01", "2010-12-31", "2010-01-01"), item("b", "2010-01-01", "2013-12-31", "2010-01-01", "2013-12-31")], d("2020-07-02"))!;
    expect(timeline.end.toISOString().slice(0, 10)).toBe("2021-01-01");
    const [running, finished] = timeline.rows as [(typeof timeline.rows)[number], (typeof timeline.rows)[number]];
    expect(running.actual).toMatchObject({ offset: 0, isPoint: false });
    // Today (mid-2020) is well past the finished project's end (2013): the bars differ.
    expect(running.actual!.length).toBeGreaterThan(finished.actual!.length + 30);
  });

  it("shows a lone date as a point and a project without dates as nothing", () => {
    const timeline = layoutTimeline([item("a", null, "2013-12-31"), item("b", null, null)], d("2026-01-01"))!;
    expect(timeline.rows[0]!.planned).toMatchObject({ length: 0, isPoint: true });
    expect(timeline.rows[1]).toEqual({ slug: "b", planned: null, actual: null });
  });

  it("returns null when no project has a date", () => {
    expect(layoutTimeline([item("b", null, null)], d("2012-01-01"))).toBeNull();
  });
});
