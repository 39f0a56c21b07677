import { describe, expect, it } from "vitest";
import { daysSince, freshnessOf } from "./freshness";

describe("daysSince", () => {
  const now = new Date("2026-11-22T10:00:00Z");
  it("counts whole days", () => {
    expect(daysSince(new Date("2026-11-22T09:00:00Z"), now)).toBe(0);
    expect(daysSince(new Date("2026-11-21T10:00:00Z"), now)).toBe(1);
    expect(daysSince(new Date("2026-08-24T10:00:01Z"), now)).toBe(89);
  });
  it("is never negative", () => {
    expect(daysSince(new Date("2026-11-23T10:00:00Z"), now)).toBe(0);
  });
});

describe("freshnessOf", () => {
  it("marks information older than a quarter as stale", () => {
    expect(freshnessOf(0)).toBe("current");
    expect(freshnessOf(30)).toBe("current");
    expect(freshnessOf(31)).toBe("aging");
    expect(freshnessOf(90)).toBe("aging");
    expect(freshnessOf(91)).toBe("stale");
  });
});
