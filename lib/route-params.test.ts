import { describe, expect, it } from "vitest";
import { parsePageParam, parseSessionNumber, parseSlug } from "./route-params";

describe("parseSessionNumber", () => {
  it("accepts plain positive integers", () => {
    expect(parseSessionNumber("1")).toBe(1);
    expect(parseSessionNumber("11")).toBe(11);
  });
  it("rejects anything else", () => {
    for (const value of ["", "0", "-1", "011", "1e1", "+1", "1.0", " 1", "onze", "calendar.ics", "99999999999"]) {
      expect(parseSessionNumber(value), value).toBeNull();
    }
  });
});

describe("parsePageParam", () => {
  it("defaults to the first page", () => {
    expect(parsePageParam(undefined)).toBe(1);
  });
  it("reads a page number", () => {
    expect(parsePageParam("3")).toBe(3);
  });
  it("rejects repeated, empty or non-numeric values", () => {
    expect(parsePageParam(["1", "2"])).toBeNull();
    expect(parsePageParam("")).toBeNull();
    expect(parsePageParam("0")).toBeNull();
    expect(parsePageParam("deux")).toBeNull();
  });
});

describe("parseSlug", () => {
  it("accepts our slugs", () => {
    expect(parseSlug("modernisation-etat-civil")).toBe("modernisation-etat-civil");
    expect(parseSlug("watiqa-ma")).toBe("watiqa-ma");
  });
  it("refuses NUL bytes, upper case, dots, slashes and very long values", () => {
    for (const value of ["\u0000", "a\u0000b", "Etat", "../x", "a/b", "a.b", "", "-a", "a".repeat(121)]) expect(parseSlug(value)).toBeNull();
  });
});
