import { describe, expect, it } from "vitest";
import { formatDate, formatMoney, formatNumber, formatPercent } from "./format";

describe("formatters", () => {
  it("formats date-only values without shifting the day", () => {
    const feb22 = new Date(Date.UTC(2010, 1, 22));
    expect(formatDate("fr", feb22)).toBe("22 février 2010");
    expect(formatDate("ar", feb22)).toContain("2010");
    expect(formatDate("ar", feb22)).toContain("22");
  });
  it("uses Latin digits in Arabic, as Moroccan public sites do", () => {
    expect(formatNumber("ar", 127)).toBe("127");
  });
  it("writes the budget compactly in each language", () => {
    expect(formatMoney("fr", 2_200_000_000, "MAD")).toBe("2,2 milliards DH");
    expect(formatMoney("ar", 2_200_000_000, "MAD")).toMatch(/درهم$/);
  });
  it("formats shares as percentages", () => {
    expect(formatPercent("fr", 0.25).replace(/\s/g, " ")).toBe("25 %");
  });
});
