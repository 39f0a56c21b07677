import { describe, expect, it } from "vitest";
import { escapeXml, latestUpdate, renderAtomFeed, type AtomEntry, type AtomFeed } from "./atom";

const entry = (overrides: Partial<AtomEntry> = {}): AtomEntry => ({
  id: "https://egov.example/fr/news/a",
  title: { text: "Titre", lang: "fr" },
  summary: { text: "Résumé", lang: "fr" },
  url: "https://egov.example/fr/news/a",
  published: new Date("2013-06-07T12:00:00.000Z"),
  updated: new Date("2013-06-08T09:00:00.000Z"),
  ...overrides,
});

const feed = (overrides: Partial<AtomFeed> = {}): AtomFeed => ({
  lang: "fr",
  id: "https://egov.example/fr/feed.xml",
  title: "Actualités",
  subtitle: "Le programme",
  selfUrl: "https://egov.example/fr/feed.xml",
  pageUrl: "https://egov.example/fr/news",
  authorName: "Portail e-gouvernement",
  authorUri: "https://egov.example/fr",
  rights: "Données ouvertes",
  updated: new Date("2013-06-08T09:00:00.000Z"),
  entries: [entry()],
  ...overrides,
});

describe("escapeXml", () => {
  it("escapes the five XML special characters", () => {
    expect(escapeXml(`a & b < c > d "e" 'f'`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;");
  });
  it("does not double-escape and keeps accents, ligatures and Arabic as they are", () => {
    expect(escapeXml("&amp; mise en œuvre état الحالة المدنية")).toBe("&amp;amp; mise en œuvre état الحالة المدنية");
  });
  it("drops characters that XML 1.0 forbids but keeps tabs and line breaks", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\uFFFEe\tf\ng\rh")).toBe("abcde\tf\ng\rh");
  });
  it("drops unpaired surrogates but keeps paired ones (emoji)", () => {
    expect(escapeXml("x\uD800y\uDC00z😀")).toBe("xyz😀");
  });
});

describe("renderAtomFeed", () => {
  it("declares the Atom namespace, the language and UTF-8", () => {
    const xml = renderAtomFeed(feed({ lang: "ar" }));
    expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">')).toBe(true);
    expect(xml.trimEnd().endsWith("</feed>")).toBe(true);
  });
  it("has the elements RFC 4287 requires on the feed and on each entry", () => {
    const xml = renderAtomFeed(feed());
    for (const tag of ["<id>", "<title type=\"text\">", "<updated>", "<author>", '<link rel="self"']) expect(xml).toContain(tag);
    const entryXml = xml.slice(xml.indexOf("<entry>"));
    for (const tag of ["<id>", "<title type=\"text\">", "<updated>2013-06-08T09:00:00.000Z</updated>", '<link rel="alternate"', "<summary"]) {
      expect(entryXml).toContain(tag);
    }
  });
  it("escapes titles, summaries and links", () => {
    const xml = renderAtomFeed(
      feed({ entries: [entry({ title: { text: "<script>alert(1)</script> & co", lang: "fr" }, url: "https://x/?a=1&b=2" })] }),
    );
    expect(xml).toContain("<title type=\"text\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; co</title>");
    expect(xml).toContain('href="https://x/?a=1&amp;b=2"');
    expect(xml).not.toContain("<script>");
  });
  it("marks a French fallback inside the Arabic feed with its own xml:lang", () => {
    const xml = renderAtomFeed(feed({ lang: "ar", entries: [entry({ title: { text: "Titre", lang: "fr" }, summary: { text: "ملخص", lang: "ar" } })] }));
    expect(xml).toContain('<title type="text" xml:lang="fr">Titre</title>');
    expect(xml).toContain('<summary type="text">ملخص</summary>');
  });
  it("links a press review to its source article", () => {
    expect(renderAtomFeed(feed({ entries: [entry({ relatedUrl: "https://press.example/a" })] }))).toContain(
      '<link rel="related" href="https://press.example/a"/>',
    );
  });
});

describe("latestUpdate", () => {
  it("is the latest entry update, or the fallback without entries", () => {
    const later = new Date("2014-01-01T00:00:00.000Z");
    expect(latestUpdate([entry(), entry({ updated: later })], new Date(0))).toEqual(later);
    expect(latestUpdate([], later)).toEqual(later);
  });
});
