import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { commonHeaders, keepsRuntime, pagePolicy, processHtml } from "./response-policy.mjs";

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

const PAGE = [
  '<!DOCTYPE html><html lang="fr"><head>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/b.js"/>',
  '<script src="/_next/static/chunks/b.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"GovernmentOrganization"}</script>',
  "</head><body><main>Feuille de route</main>",
  '<script>self.__next_f.push([1,"é \\u003c/script>"])</script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  "</body></html>",
].join("");

describe("processHtml", () => {
  it("strips every script and script hint from a public page, keeping data blocks and content", () => {
    const page = processHtml(PAGE, { stripScripts: true });
    expect(page.html).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(page.html).not.toContain('as="script"');
    expect(page.html).toContain("application/ld+json");
    expect(page.html).toContain("<main>Feuille de route</main>");
    expect(page.html).toContain('rel="stylesheet"');
    expect(page).toMatchObject({ scriptHashes: [], externalScripts: false });
  });

  it("keeps the scripts of a back-office page and hashes exactly the inline ones", () => {
    const page = processHtml(PAGE, { stripScripts: false });
    expect(page.html).toBe(PAGE);
    expect(page.externalScripts).toBe(true);
    expect(page.scriptHashes).toEqual([sha('self.__next_f.push([1,"é \\u003c/script>"])'), sha("(self.__next_f=self.__next_f||[]).push([0])")]);
  });
});

describe("pagePolicy", () => {
  it("allows no script at all on a page that kept none", () => {
    const policy = pagePolicy({ scriptHashes: [], externalScripts: false, https: false });
    expect(policy).toContain("script-src 'none'");
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("allows this site's files and the hashed inline scripts, never unsafe-inline", () => {
    const policy = pagePolicy({ scriptHashes: ["'sha256-abc'"], externalScripts: true, https: true });
    expect(policy).toMatch(/script-src 'self' 'sha256-abc'(;|$)/);
    expect(policy).toContain("upgrade-insecure-requests");
  });
});

describe("commonHeaders and keepsRuntime", () => {
  it("sends HSTS only when the site is served over HTTPS", () => {
    expect(commonHeaders({ https: false }).map(([name]) => name)).not.toContain("Strict-Transport-Security");
    expect(Object.fromEntries(commonHeaders({ https: true }))["Strict-Transport-Security"]).toMatch(/max-age=\d{8}/);
  });

  it("keeps the React runtime on back-office pages only", () => {
    expect(keepsRuntime("/fr/staff")).toBe(true);
    expect(keepsRuntime("/ar/staff/projects/watiqa-ma")).toBe(true);
    for (const path of ["/fr", "/ar/roadmap", "/fr/staffing", "/fr/space", "/fr/sign-in"]) expect(keepsRuntime(path)).toBe(false);
  });
});
