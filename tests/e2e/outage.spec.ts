// A database outage against the production build: PostgreSQL is stopped under a running
// server, then started again. This spec runs its own server and its own embedded PostgreSQL
// (from the build the e2e server made), so stopping the database never disturbs other specs.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { seedDatabase } from "../../prisma/seed";
import { findFreePort, startEmbeddedDatabase, type EmbeddedDatabase } from "../../scripts/lib/embedded-db";
import { applyMigrations } from "../../scripts/lib/migrate";
import { spawnAppServer } from "../helpers/app-process";
import { withPrisma } from "../../scripts/lib/prisma-script";

const HEALTH_LIMIT_MS = 5_000;
// proxy.ts reuses a database probe for up to a second (lib/database-availability.ts).
const PROBE_TTL_MS = 1_000;
const SURVEY_SLUG = "avis-portail-et-projets";

async function timedGet(url: string, init: RequestInit = {}): Promise<{ response: Response; body: string; ms: number }> {
  const started = Date.now();
  const response = await fetch(url, { ...init, redirect: "manual", signal: AbortSignal.timeout(15_000) });
  const body = await response.text();
  return { response, body, ms: Date.now() - started };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`not reached within ${timeoutMs} ms`);
}

test.describe("database outage", () => {
  let dir = "";
  let database: EmbeddedDatabase | null = null;
  let server: ChildProcess | null = null;
  let base = "";

  test.beforeAll(async ({}, testInfo) => {
    test.setTimeout(120_000);
    // The build the e2e server uses (scripts/e2e-server.ts: .next-e2e-<port>).
    const e2ePort = new URL(testInfo.project.use.baseURL!).port;
    const distDir = process.env.EGOV_DIST_DIR ?? `.next-e2e-${e2ePort}`;
    dir = await mkdtemp(path.join(os.tmpdir(), "egov-outage-"));
    database = await startEmbeddedDatabase({ dataDir: dir, database: "egov" });
    await applyMigrations(database.url);
    await withPrisma(database.url, (prisma) => seedDatabase(prisma));
    const port = await findFreePort();
    base = `http://127.0.0.1:${port}`;
    server = spawnAppServer(port, { EGOV_DIST_DIR: distDir, DATABASE_URL: database.url, NEXTAUTH_SECRET: randomBytes(32).toString("base64url") });
    await waitFor(async () => (await fetch(`${base}/api/health`)).ok, 60_000);
  });

  test.afterAll(async () => {
    if (server && server.exitCode === null && server.signalCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGKILL");
    }
    await database?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test("pages and APIs answer 503 fast while PostgreSQL is stopped, and recover when it is back", async ({ browser }) => {
    test.setTimeout(120_000);
    // Up: the pool holds connections that the stop will break.
    for (const page of ["/fr", "/ar/roadmap", "/api/v1/projects"]) expect((await timedGet(base + page)).response.status).toBe(200);
    // A survey answer as the no-JavaScript form posts it, and the API's survey, taken while up.
    const formContext = await browser.newContext({ javaScriptEnabled: false });
    const formPage = await formContext.newPage();
    await formPage.goto(`${base}/ar/surveys/${SURVEY_SLUG}`);
    const formEntries = await formPage.locator("form:has(input[name=survey])").evaluate((form: HTMLFormElement) => {
      for (const group of new Set([...form.querySelectorAll<HTMLInputElement>("input[type=radio]")].map((input) => input.name))) form.querySelector<HTMLInputElement>(`input[type=radio][name="${group}"]`)!.checked = true;
      const firstBox = form.querySelector<HTMLInputElement>("input[type=checkbox]");
      if (firstBox) firstBox.checked = true;
      return [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]);
    });
    await formContext.close();
    const surveys = (await (await fetch(`${base}/api/v1/surveys`)).json()) as { data: { id: number; slug: string }[] };
    const surveyId = surveys.data.find((survey) => survey.slug === SURVEY_SLUG)!.id;
    const responsesBefore = await withPrisma(database!.url, (prisma) => prisma.surveyResponse.count({ where: { surveyId } }));
    const postAnswer = () => {
      const body = new FormData();
      for (const [name, value] of formEntries) body.append(name, value);
      return timedGet(`${base}/ar/surveys/${SURVEY_SLUG}`, { method: "POST", body, headers: { Origin: base } });
    };

    const port = database!.port;
    const postmaster = database!.pid!;
    await database!.stop();
    const stoppedAt = Date.now();
    expect(() => process.kill(postmaster, 0)).toThrow(); // really gone

    // Health: 503 within 5 s, first request after the stop.
    const health = await timedGet(`${base}/api/health`);
    expect(health.response.status).toBe(503);
    expect(JSON.parse(health.body)).toEqual({ status: "unavailable", db: "unreachable" });
    expect(health.ms).toBeLessThan(HEALTH_LIMIT_MS);
    console.log(`[outage] /api/health answered 503 in ${health.ms} ms with PostgreSQL stopped`);

    // Open data: a JSON 503 the client can act on, never a 500.
    for (const api of ["/api/v1/projects", "/api/v1/projects.csv", "/api/v1/sessions", "/api/v1/indicators", "/fr/feed.xml", "/ar/sessions/calendar.ics"]) {
      const { response, body, ms } = await timedGet(base + api);
      expect(response.status, api).toBe(503);
      expect(response.headers.get("retry-after"), api).toBe("30");
      expect(JSON.parse(body), api).toMatchObject({ error: { code: "service_unavailable" } });
      expect(ms, api).toBeLessThan(HEALTH_LIMIT_MS);
    }

    // Writes: a clear answer within the limit, in the visitor's language; nothing half-saved
    // (checked once the database is back).
    const apiWrite = await timedGet(`${base}/api/v1/surveys/${surveyId}/responses`, { method: "POST", body: JSON.stringify({ answers: {} }), headers: { "Content-Type": "application/json" } });
    expect(apiWrite.response.status).toBe(503);
    expect(JSON.parse(apiWrite.body)).toMatchObject({ error: { code: "service_unavailable" } });
    expect(apiWrite.ms).toBeLessThan(HEALTH_LIMIT_MS);
    const formWrite = await postAnswer();
    expect(formWrite.response.status).toBeGreaterThanOrEqual(500);
    expect(formWrite.body).toContain("الخدمة غير متاحة مؤقتًا");
    expect(formWrite.body).toContain(`href="/ar/surveys/${SURVEY_SLUG}"`); // trying again is a plain link back
    expect(formWrite.body).not.toMatch(/ECONNREFUSED|prisma|stack/i);
    expect(formWrite.ms).toBeLessThan(HEALTH_LIMIT_MS);

    // Pages: the localized "temporarily unavailable" page with status 503, in both languages,
    // without JavaScript (plain HTTP) and in a browser.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, stoppedAt + PROBE_TTL_MS - Date.now())));
    const expected = {
      fr: { title: "Service momentanément indisponible", dir: "ltr" },
      ar: { title: "الخدمة غير متاحة مؤقتًا", dir: "rtl" },
    } as const;
    for (const locale of ["fr", "ar"] as const) {
      for (const page of [`/${locale}`, `/${locale}/roadmap`, `/${locale}/projects/modernisation-etat-civil`, `/${locale}/sessions`]) {
        const { response, body, ms } = await timedGet(base + page);
        expect(response.status, page).toBe(503);
        expect(response.headers.get("retry-after"), page).toBe("30");
        expect(response.headers.get("cache-control"), page).toBe("no-store");
        expect(body, page).toContain(`<html lang="${locale}" dir="${expected[locale].dir}"`);
        expect(body, page).toContain(expected[locale].title);
        expect(ms, page).toBeLessThan(HEALTH_LIMIT_MS);
      }
      const context = await browser.newContext();
      const tab = await context.newPage();
      const response = await tab.goto(`${base}/${locale}/indicators`);
      expect(response?.status()).toBe(503);
      await expect(tab.getByRole("heading", { level: 1 })).toHaveText(expected[locale].title);
      // Trying again is a plain link to the page that was asked for.
      await expect(tab.getByRole("link", { name: locale === "fr" ? "Réessayer" : "إعادة المحاولة" })).toHaveAttribute("href", `/${locale}/indicators`);
      const results = await new AxeBuilder({ page: tab }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
      await context.close();
    }

    // Back: same port, same data; the app recovers by itself, without a restart.
    database = await startEmbeddedDatabase({ dataDir: dir, database: "egov", port });
    expect(database.port).toBe(port);
    const recoveredIn = await waitFor(async () => (await fetch(`${base}/api/health`)).status === 200, 10_000);
    console.log(`[outage] health back to 200 ${recoveredIn} ms after PostgreSQL restarted`);
    await waitFor(async () => (await fetch(`${base}/fr/roadmap`)).status === 200, PROBE_TTL_MS + 5_000);
    for (const page of ["/fr", "/ar", "/ar/roadmap", "/api/v1/projects"]) {
      const { response } = await timedGet(base + page);
      expect(response.status, page).toBe(200);
    }
    // The unavailable page exists only as the proxy's stand-in.
    expect((await timedGet(`${base}/fr/unavailable`)).response.status).toBe(404);
    // The writes refused during the outage left nothing behind; the same answer now goes through.
    expect(await withPrisma(database!.url, (prisma) => prisma.surveyResponse.count({ where: { surveyId } }))).toBe(responsesBefore);
    const accepted = await postAnswer();
    expect(accepted.response.status).toBeLessThan(400);
    expect(await withPrisma(database!.url, (prisma) => prisma.surveyResponse.count({ where: { surveyId } }))).toBe(responsesBefore + 1);
  });
});
