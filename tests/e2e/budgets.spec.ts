// Page weight budgets, measured in Chromium on the production build: what each public
// page really transfers (compressed), JavaScript and total. The budget is 100 KB of
// JavaScript and 250 KB in all; public pages in fact ship none, because server.mjs sends
// them as plain HTML without the React runtime (docs/decisions.md, "JavaScript on public
// pages"), which this test also holds.
import { expect, test } from "@playwright/test";

const JS_BUDGET = 100 * 1024;
const TOTAL_BUDGET = 250 * 1024;

const PAGES = [
  "/fr",
  "/ar",
  "/fr/roadmap",
  "/ar/roadmap?q=etat%20civil",
  "/fr/roadmap/timeline",
  "/fr/projects/modernisation-etat-civil",
  "/ar/projects/casier-judiciaire-en-ligne",
  "/fr/governance",
  "/fr/sessions",
  "/ar/sessions/11",
  "/fr/indicators",
  "/fr/news",
  "/fr/open-data",
  "/fr/surveys",
  "/ar/space",
  "/fr/sign-in",
];

for (const path of PAGES) {
  test(`${path} stays within ${JS_BUDGET / 1024} KB of JavaScript and ${TOTAL_BUDGET / 1024} KB in all`, async ({ page }) => {
    const pending: Array<Promise<{ url: string; type: string; bytes: number }>> = [];
    page.on("requestfinished", (request) => {
      pending.push(request.sizes().then((sizes) => ({ url: request.url(), type: request.resourceType(), bytes: sizes.responseBodySize + sizes.responseHeadersSize })));
    });
    const response = await page.goto(path, { waitUntil: "networkidle" });
    expect(response?.status()).toBe(200);
    const transfers = await Promise.all(pending);
    const js = transfers.filter((t) => t.type === "script").reduce((sum, t) => sum + t.bytes, 0);
    const total = transfers.reduce((sum, t) => sum + t.bytes, 0);
    console.log(`${path}: ${(js / 1024).toFixed(1)} KB JS, ${(total / 1024).toFixed(1)} KB total, ${transfers.length} requests`);
    expect(js, transfers.map((t) => `${t.type} ${t.bytes} ${t.url}`).join("\n")).toBeLessThanOrEqual(JS_BUDGET);
    expect(total).toBeLessThanOrEqual(TOTAL_BUDGET);
    expect(transfers.filter((t) => t.type === "script").map((t) => t.url), "a public page loads no script").toEqual([]);
  });
}
