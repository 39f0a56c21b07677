import { describe, expect, it } from "vitest";
import { dayIn, foldHoursIntoDays, layoutDayBars, shareOf, summarizeRatings } from "./results";

describe("results arithmetic", () => {
  it("computes shares without dividing by zero", () => {
    expect(shareOf(1, 4)).toBe(0.25);
    expect(shareOf(0, 0)).toBe(0);
  });

  it("summarises ratings with every value from 1 to 5 and the mean", () => {
    // 2×1 + 1×3 + 3×5 = 20 over 6 ratings
    const summary = summarizeRatings([
      { rating: 5, count: 3 },
      { rating: 1, count: 2 },
      { rating: 3, count: 1 },
    ]);
    expect(summary.counts).toEqual([
      { rating: 1, count: 2 },
      { rating: 2, count: 0 },
      { rating: 3, count: 1 },
      { rating: 4, count: 0 },
      { rating: 5, count: 3 },
    ]);
    expect(summary.total).toBe(6);
    expect(summary.mean).toBeCloseTo(20 / 6, 10);
    expect(summarizeRatings([]).mean).toBeNull();
  });

  it("folds UTC hours into Casablanca days, including the quiet days between", () => {
    // Casablanca is UTC+1 outside Ramadan: 23:00 UTC on 1 June is already 2 June there.
    const hours = [
      { hour: new Date("2026-06-01T10:00:00Z"), count: 3 },
      { hour: new Date("2026-06-01T23:00:00Z"), count: 2 },
      { hour: new Date("2026-06-04T08:00:00Z"), count: 1 },
    ];
    expect(foldHoursIntoDays(hours, "Africa/Casablanca")).toEqual([
      { day: "2026-06-01", count: 3 },
      { day: "2026-06-02", count: 2 },
      { day: "2026-06-03", count: 0 },
      { day: "2026-06-04", count: 1 },
    ]);
    expect(foldHoursIntoDays([], "Africa/Casablanca")).toEqual([]);
    expect(dayIn("UTC", new Date("2026-06-01T23:00:00Z"))).toBe("2026-06-01");
  });

  it("lays out one bar per day, the busiest day full height", () => {
    const { bars, max } = layoutDayBars(
      [
        { day: "2026-06-01", count: 10 },
        { day: "2026-06-02", count: 0 },
        { day: "2026-06-03", count: 5 },
      ],
      300,
      100,
    );
    expect(max).toBe(10);
    expect(bars.map((b) => b.height)).toEqual([100, 0, 50]);
    expect(bars.map((b) => b.y)).toEqual([0, 100, 50]);
    expect(bars[1]!.x).toBeGreaterThan(bars[0]!.x);
  });
});
