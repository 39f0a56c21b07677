// Two app instances on one database, as behind a load balancer: the e2e server and a second
// instance (server.mjs) on the same build, same database and same secret. An edit made through one is
// served by the other within 5 seconds; survey de-duplication and rate limits hold across
// both; a server action rendered by one can be submitted to the other.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { findFreePort } from "../../scripts/lib/embedded-db";
import { spawnAppServer } from "../helpers/app-process";
import { e2eDatabaseUrl, serverInfo, signIn } from "../helpers/accounts";

const prisma = createPrisma(e2eDatabaseUrl());
let second: ChildProcess | null = null;
let secondUrl = "";

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test.beforeAll(async () => {
  const info = serverInfo();
  const port = await findFreePort(3700);
  secondUrl = `http://localhost:${port}`;
  const distDir = process.env.EGOV_DIST_DIR ?? `.next-e2e-${process.env.E2E_PORT ?? "3100"}`;
  second = spawnAppServer(port, {
    EGOV_DIST_DIR: distDir,
    DATABASE_URL: info.databaseUrl,
    // The secrets every instance must share: sessions, respondent tokens, address salts.
    NEXTAUTH_SECRET: readFileSync(path.join(info.dataDir, "auth-secret"), "utf8").trim(),
    NEXTAUTH_URL: `http://localhost:${process.env.E2E_PORT ?? "3100"}`,
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const ok = await fetch(`${secondUrl}/api/health`).then((response) => response.ok).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error("the second instance did not start");
});

test.afterAll(async () => {
  if (second && second.exitCode === null) {
    const exited = new Promise((resolve) => second!.once("exit", resolve));
    second.kill("SIGTERM");
    await exited;
  }
  await prisma.$disconnect();
});

test("an edit through one instance is served by the other within 5 seconds", async ({ browser }) => {
  const slug = "watiqa-ma";
  // Both instances have the page cached before the edit.
  for (const base of ["", secondUrl]) expect((await (await fetch(`${base || test.info().project.use.baseURL}/fr/projects/${slug}`)).text()).length).toBeGreaterThan(1000);
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "DPGOV_EDITOR");
  await page.goto(`/fr/staff/projects/${slug}`);
  const reason = `Vu par toutes les instances ${Date.now()}`;
  await page.locator("#progress").fill(String(40 + (Date.now() % 50)));
  await page.locator("#reason").fill(reason);
  await page.getByRole("button", { name: "Enregistrer et publier" }).click();
  await expect(page.getByRole("status")).toContainText("Modification enregistrée");
  // The editor sees it on their next request…
  await page.goto(`/fr/projects/${slug}`);
  await expect(page.getByText(reason)).toBeVisible();
  // …and a visitor of the other instance within 5 seconds.
  const started = Date.now();
  await expect.poll(async () => (await (await fetch(`${secondUrl}/fr/projects/${slug}`)).text()).includes(reason), { timeout: 5_000, intervals: [250] }).toBe(true);
  test.info().annotations.push({ type: "freshness", description: `seen on the other instance after ${Date.now() - started} ms` });
  await context.close();
});

test("survey de-duplication holds across instances", async ({ request }) => {
  const surveys = await (await request.get("/api/v1/surveys")).json();
  const survey = surveys.data[0];
  const answers: Record<string, unknown> = {};
  for (const question of survey.questions) {
    if (!question.isRequired) continue;
    if (question.kind === "SINGLE_CHOICE") answers[question.id] = question.options[0].id;
    else if (question.kind === "MULTIPLE_CHOICE") answers[question.id] = question.options.slice(0, Math.max(1, question.minChoices ?? 1)).map((option: { id: number }) => option.id);
    else if (question.kind === "RATING" || question.kind === "PROJECT_RATING") answers[question.id] = 3;
    else answers[question.id] = "Réponse";
  }
  const first = await request.post(`/api/v1/surveys/${survey.id}/responses`, { data: { answers }, headers: { "x-forwarded-for": "198.51.100.7" } });
  expect(first.status()).toBe(201);
  const token = first.headers()["x-respondent-token"];
  const again = await fetch(`${secondUrl}/api/v1/surveys/${survey.id}/responses`, { method: "POST", body: JSON.stringify({ answers }), headers: { "content-type": "application/json", "x-respondent-token": token!, "x-forwarded-for": "198.51.100.7" } });
  expect(again.status).toBe(409);
});

test("a server action rendered by one instance can be submitted to the other", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fr/sign-in");
  const entries = await page.locator("form").evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]));
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, name === "email" ? "nobody-here@demo.egov.local" : name === "password" ? "not the password" : value);
  const response = await fetch(`${secondUrl}/fr/sign-in`, { method: "POST", body, headers: { origin: secondUrl } });
  expect(response.status).toBe(200);
  expect(await response.text()).toContain("Adresse électronique ou mot de passe incorrect.");
  await context.close();
});

test("the sign-in limit counts failures made on both instances together", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/fr/sign-in");
  const entries = await page.locator("form").evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]));
  await context.close();
  const email = `limit-${Date.now()}@demo.egov.local`;
  const attempt = async (base: string) => {
    const body = new FormData();
    for (const [name, value] of entries) body.append(name, name === "email" ? email : name === "password" ? "wrong password" : value);
    const response = await fetch(`${base}/fr/sign-in`, { method: "POST", body, headers: { origin: base, "x-forwarded-for": "203.0.113.99" } });
    return response.text();
  };
  const firstBase = String(test.info().project.use.baseURL);
  // Five failures on each instance: ten in all, the limit.
  for (let i = 0; i < 5; i++) expect(await attempt(firstBase)).toContain("Adresse électronique ou mot de passe incorrect.");
  for (let i = 0; i < 5; i++) expect(await attempt(secondUrl)).toContain("Adresse électronique ou mot de passe incorrect.");
  expect(await attempt(firstBase)).toContain("Trop de tentatives ont échoué");
});

test("pages the same for every visitor come from the microcache; signed-in visitors and per-request pages never do", async ({ request, browser }) => {
  // Once Next serves the page from its page cache (a page other specs expired is first
  // regenerated: STALE answers are not kept), the next request within the second is a hit.
  let again = await request.get("/fr/governance");
  for (let attempt = 0; attempt < 20 && again.headers()["x-microcache"] !== "HIT"; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    again = await request.get("/fr/governance");
  }
  expect(again.headers()["x-microcache"]).toBe("HIT");
  expect(again.headers()["x-request-id"]).toBeTruthy();
  // Anonymous visitors get no cookie at all, whatever language their browser asks for (or
  // none, as a load tester), so pages in both languages are shared: a Set-Cookie would keep
  // a page out of the microcache.
  for (const [path, language] of [["/ar", "en-US"], ["/fr", null], ["/ar/projects/modernisation-etat-civil", "fr-FR,fr;q=0.9"], ["/ar/sessions/11", null]] as const) {
    const headers: Record<string, string> = language ? { "Accept-Language": language } : {};
    let response = await request.get(path, { headers });
    expect(response.headers()["set-cookie"], `${path} sets a cookie`).toBeUndefined();
    for (let attempt = 0; attempt < 20 && response.headers()["x-microcache"] !== "HIT"; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      response = await request.get(path, { headers });
    }
    expect(response.headers()["x-microcache"], `${path} from the microcache`).toBe("HIT");
  }
  // A HEAD request (a link checker, a load balancer) never leaves an empty page behind.
  await request.head("/fr/indicators");
  const afterHead = await request.get("/fr/indicators");
  expect(await afterHead.text()).toContain("</main>");
  // Per request: a filtered roadmap.
  await request.get("/fr/roadmap?late=1");
  expect((await request.get("/fr/roadmap?late=1")).headers()["x-microcache"]).toBeUndefined();
  // Signed in: always fresh from Next (an editor sees their change at once).
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, "DPGOV_EDITOR");
  const response = await page.goto("/fr/governance");
  expect(response!.headers()["x-microcache"]).toBeUndefined();
  await context.close();
});
