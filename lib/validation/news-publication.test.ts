import { describe, expect, it } from "vitest";
import { firstFreeSlug, newsSlugBase, publicationInstant, slugifyTitle } from "./news-publication";

const day = (value: string) => new Date(`${value}T00:00:00.000Z`);

describe("news slugs", () => {
  it("keeps ASCII letters and digits of a French title, with hyphens", () => {
    expect(slugifyTitle("Le CIGOV tient sa 12e session : accélération !")).toBe("le-cigov-tient-sa-12e-session-acceleration");
    expect(slugifyTitle("Œuvre commune")).toBe("oeuvre-commune");
  });

  it("starts with the date and never ends with a hyphen when cut", () => {
    expect(newsSlugBase(day("2013-06-07"), "Session")).toBe("2013-06-07-session");
    expect(slugifyTitle("a".repeat(79) + " b", 80)).toBe("a".repeat(79));
    expect(newsSlugBase(day("2013-06-07"), "!!!")).toBe("2013-06-07");
  });

  it("adds -2, -3... when the slug is taken", () => {
    expect(firstFreeSlug("x", new Set())).toBe("x");
    expect(firstFreeSlug("x", new Set(["x", "x-2"]))).toBe("x-3");
  });
});

describe("publicationInstant", () => {
  const now = new Date("2026-11-23T08:30:00.000Z"); // 09:30 in Casablanca

  it("today is now, so the item shows at once", () => {
    expect(publicationInstant(day("2026-11-23"), now)).toEqual(now);
  });

  it("another day is noon UTC of that day, past or future", () => {
    expect(publicationInstant(day("2013-06-07"), now)).toEqual(new Date("2013-06-07T12:00:00.000Z"));
    expect(publicationInstant(day("2026-12-01"), now)).toEqual(new Date("2026-12-01T12:00:00.000Z"));
  });

  it("an unchanged day keeps the instant already saved", () => {
    const saved = new Date("2013-06-07T12:00:00.000Z");
    expect(publicationInstant(day("2013-06-07"), now, saved)).toBe(saved);
    // 23:30 UTC on 6 June is already 7 June in Casablanca (UTC+1).
    const lateEvening = new Date("2013-06-06T23:30:00.000Z");
    expect(publicationInstant(day("2013-06-07"), now, lateEvening)).toBe(lateEvening);
  });
});
