import { describe, expect, it } from "vitest";
import { localizedHref } from "./locale-link";

describe("localizedHref", () => {
  it("prefixes the language, keeping the query", () => {
    expect(localizedHref("fr", "/sessions/11")).toBe("/fr/sessions/11");
    expect(localizedHref("ar", "/news?page=2")).toBe("/ar/news?page=2");
  });
  it("maps the home page to the language root", () => {
    expect(localizedHref("ar", "/")).toBe("/ar");
  });
});
