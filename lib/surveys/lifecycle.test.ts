import { describe, expect, it } from "vitest";
import { areResultsPublished, surveyPhase } from "./lifecycle";

const at = (iso: string) => new Date(iso);
const now = at("2026-06-01T12:00:00Z");

describe("surveyPhase", () => {
  it("is a draft until it has an opening date", () => {
    expect(surveyPhase({ opensAt: null, closesAt: null }, now)).toBe("draft");
    expect(surveyPhase({ opensAt: null, closesAt: at("2027-01-01T00:00:00Z") }, now)).toBe("draft");
  });
  it("is scheduled before its opening date, open from it", () => {
    expect(surveyPhase({ opensAt: at("2026-06-01T12:00:01Z"), closesAt: null }, now)).toBe("scheduled");
    expect(surveyPhase({ opensAt: now, closesAt: null }, now)).toBe("open");
  });
  it("stays open without a closing date and closes exactly at it", () => {
    expect(surveyPhase({ opensAt: at("2026-01-01T00:00:00Z"), closesAt: null }, now)).toBe("open");
    expect(surveyPhase({ opensAt: at("2026-01-01T00:00:00Z"), closesAt: at("2026-06-01T12:00:01Z") }, now)).toBe("open");
    expect(surveyPhase({ opensAt: at("2026-01-01T00:00:00Z"), closesAt: now }, now)).toBe("closed");
  });
});

describe("areResultsPublished", () => {
  const opensAt = at("2026-01-01T00:00:00Z");
  it("needs a publication date that has come", () => {
    expect(areResultsPublished({ opensAt, closesAt: null, resultsPublishedAt: null }, now)).toBe(false);
    expect(areResultsPublished({ opensAt, closesAt: null, resultsPublishedAt: at("2026-06-02T00:00:00Z") }, now)).toBe(false);
    expect(areResultsPublished({ opensAt, closesAt: null, resultsPublishedAt: now }, now)).toBe(true);
  });
  it("never publishes a draft", () => {
    expect(areResultsPublished({ opensAt: null, closesAt: null, resultsPublishedAt: now }, now)).toBe(false);
  });
});
