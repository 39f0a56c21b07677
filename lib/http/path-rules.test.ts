import { describe, expect, it } from "vitest";
import { isPerUserPage, LOCALE_PREFIX, STAFF_PATH } from "./path-rules.mjs";

describe("path rules shared by proxy.ts and server.mjs", () => {
  it("tells per-user pages (back office, space) from pages the same for everyone", () => {
    for (const path of ["/fr/staff", "/ar/staff/projects/watiqa-ma", "/fr/space", "/ar/space/threads/3"]) expect(isPerUserPage(path)).toBe(true);
    for (const path of ["/fr", "/ar/roadmap", "/fr/staffing", "/fr/spaces", "/fr/projects/staff", "/staff"]) expect(isPerUserPage(path)).toBe(false);
  });

  it("gives the locale of a page", () => {
    expect(LOCALE_PREFIX.exec("/ar/roadmap")?.[1]).toBe("ar");
    expect(LOCALE_PREFIX.exec("/fr")?.[1]).toBe("fr");
    expect(LOCALE_PREFIX.exec("/frx")).toBeNull();
    expect(STAFF_PATH.exec("/ar/staff/users")?.[1]).toBe("ar");
  });
});
