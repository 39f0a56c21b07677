import { describe, expect, it } from "vitest";
import { pickText } from "./localized";

describe("pickText", () => {
  it("uses the Arabic text in Arabic when present", () => {
    expect(pickText("ar", "Bonjour", "مرحبا")).toEqual({ text: "مرحبا", lang: "ar", isFallback: false });
  });
  it("falls back to French, marked, when the Arabic text is missing or blank", () => {
    expect(pickText("ar", "Bonjour", null)).toEqual({ text: "Bonjour", lang: "fr", isFallback: true });
    expect(pickText("ar", "Bonjour", "  ")).toEqual({ text: "Bonjour", lang: "fr", isFallback: true });
  });
  it("always uses French in French", () => {
    expect(pickText("fr", "Bonjour", "مرحبا")).toEqual({ text: "Bonjour", lang: "fr", isFallback: false });
  });
});
