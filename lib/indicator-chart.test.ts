import { describe, expect, it } from "vitest";
import { layoutIndicatorChart, niceScale, progressTowardTarget } from "./indicator-chart";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

describe("progressTowardTarget", () => {
  it("measures from zero when there is no baseline (Watiqa.ma: 29 of 127 communes)", () => {
    expect(progressTowardTarget({ current: 29, target: 127, baseline: null })).toBeCloseTo(29 / 127);
  });
  it("measures from the baseline, also for a decreasing target", () => {
    expect(progressTowardTarget({ current: 60, target: 100, baseline: 20 })).toBeCloseTo(0.5);
    expect(progressTowardTarget({ current: 75, target: 50, baseline: 100 })).toBeCloseTo(0.5);
  });
  it("stays between 0 and 1 and is null without a value", () => {
    expect(progressTowardTarget({ current: 150, target: 127, baseline: null })).toBe(1);
    expect(progressTowardTarget({ current: 10, target: 127, baseline: 20 })).toBe(0);
    expect(progressTowardTarget({ current: null, target: 127, baseline: null })).toBeNull();
    expect(progressTowardTarget({ current: 5, target: 5, baseline: 5 })).toBe(1);
  });
});

describe("niceScale", () => {
  it("rounds the axis up to a readable maximum", () => {
    expect(niceScale(127)).toEqual({ max: 150, step: 50 });
    expect(niceScale(100)).toEqual({ max: 100, step: 25 });
    expect(niceScale(7)).toEqual({ max: 8, step: 2 });
    expect(niceScale(0)).toEqual({ max: 1, step: 1 });
  });
});

describe("layoutIndicatorChart", () => {
  const layout = layoutIndicatorChart({
    values: [{ on: day("2013-06-07"), value: 29 }],
    target: { on: day("2013-07-31"), value: 127 },
  });
  it("spans from the first value to the target date", () => {
    expect(layout.points[0]!.x).toBe(layout.plot.left);
    expect(layout.target.x).toBe(layout.plot.right);
    expect(layout.xTicks.map((t) => t.on.toISOString().slice(0, 10))).toEqual(["2013-06-07", "2013-07-31"]);
  });
  it("puts values on a 0..150 axis, higher values higher up", () => {
    expect(layout.yTicks.map((t) => t.value)).toEqual([0, 50, 100, 150]);
    expect(layout.yTicks[0]!.y).toBe(layout.plot.bottom);
    expect(layout.points[0]!.y).toBeGreaterThan(layout.target.y);
    expect(layout.points[0]!.y).toBeCloseTo(layout.plot.bottom - (29 / 150) * (layout.plot.bottom - layout.plot.top));
  });
  it("centres a single date", () => {
    const single = layoutIndicatorChart({ values: [{ on: day("2013-07-31"), value: 3 }], target: { on: day("2013-07-31"), value: 5 } });
    expect(single.target.x).toBeCloseTo((single.plot.left + single.plot.right) / 2);
  });
});
