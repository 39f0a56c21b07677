import { describe, expect, it } from "vitest";
import { daysBetween, nextDay, slipInDays, startOfPortalDay, todayAsDate } from "./dates";

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
  it("starts a typed day at midnight on the portal's clock, in and out of Ramadan time", () => {
    // Casablanca is UTC+1 most of the year, so its midnight is 23:00 UTC the day before.
    expect(startOfPortalDay("2026-11-30").toISOString()).toBe("2026-11-29T23:00:00.000Z");
    // During Ramadan 2026 (mid-February to mid-March) Morocco is on UTC+0.
    expect(startOfPortalDay("2026-03-01").toISOString()).toBe("2026-03-01T00:00:00.000Z");
    // The day is the same day on the portal's clock, whatever the offset.
    for (const day of ["2026-01-15", "2026-03-01", "2026-06-10", "2026-12-31"]) {
      expect(todayAsDate(startOfPortalDay(day)).toISOString().slice(0, 10)).toBe(day);
      expect(todayAsDate(new Date(startOfPortalDay(day).getTime() - 1)).toISOString().slice(0, 10)).not.toBe(day);
    }
  });
  it("gives the next calendar day across months and years", () => {
    expect(nextDay("2026-11-30")).toBe("2026-12-01");
    expect(nextDay("2026-12-31")).toBe("2027-01-01");
    expect(nextDay("2028-02-28")).toBe("2028-02-29");
  });
});
