import { describe, expect, it } from "vitest";
import { daysBetween, slipInDays, todayAsDate } from "./dates";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("dates", () => {
  it("counts whole days", () => {
    expect(daysBetween(d("2013-02-19"), d("2013-06-07"))).toBe(108);
  });
  it("gives a positive slip for a later date and null without both dates", () => {
    expect(slipInDays(d("2013-07-31"), d("2013-09-30"))).toBe(61);
    expect(slipInDays(d("2013-07-31"), d("2013-07-01"))).toBe(-30);
    expect(slipInDays(null, d("2013-07-01"))).toBeNull();
    expect(slipInDays(d("2013-07-01"), null)).toBeNull();
  });
  it("takes today in Casablanca, which is a day ahead of UTC just before midnight UTC", () => {
    expect(todayAsDate(new Date("2026-11-22T12:00:00Z")).toISOString()).toBe("2026-11-22T00:00:00.000Z");
    // 23:30 UTC in June is 00:30 the next day in Casablanca (UTC+1).
    expect(todayAsDate(new Date("2026-06-10T23:30:00Z")).toISOString()).toBe("2026-06-11T00:00:00.000Z");
  });
});
