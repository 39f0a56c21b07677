// The server's logs, read as an operator would: one JSON object per line, with level, time,
// and for requests the request id, method, route and status; and nothing that must stay out
// of them (passwords, tokens, session cookies, addresses, search terms, free-text answers),
// after a run that used each of those. (server.mjs, lib/http/logging.mjs)
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { findFreePort } from "../../scripts/lib/embedded-db";
import { demoAccount, serverInfo } from "../helpers/accounts";
import { spawnAppServer } from "../helpers/app-process";

let server: ChildProcess | null = null;
let output = "";
let base = "";
const RUN = Date.now().toString(36);
const SECRETS = {
  wrongPassword: `Wrong-Password-${RUN}`,
  searchTerm: `recherche${RUN}`,
  freeText: `Mon avis confidentiel ${RUN}`,
  linkToken: `invitation${RUN}${"x".repeat(30)}`,
  forwardedAddress: "203.0.113.77",
};

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test.beforeAll(async ({ baseURL }) => {
  const info = serverInfo();
  const port = await findFreePort(3850);
  base = `http://localhost:${port}`;
  server = spawnAppServer(
    port,
    {
      EGOV_DIST_DIR: process.env.EGOV_DIST_DIR ?? `.next-e2e-${new URL(baseURL!).port}`,
      DATABASE_URL: info.databaseUrl,
      NEXTAUTH_SECRET: readFileSync(path.join(info.dataDir, "auth-secret"), "utf8").trim(),
      NEXTAUTH_URL: base,
      LOG_LEVEL: "info",
      TRUSTED_PROXY_HOPS: "1", // so the forwarded address below is used, and must still stay out of the logs
    },
    "pipe",
  );
  server.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  server.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const deadline = Date.now() + 60_000;
  while (!(await fetch(`${base}/api/health`).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline) throw new Error(`the instance did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
});

test.afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    await exited;
  }
});

test("logs are JSON lines with a request id, and keep out passwords, tokens, addresses and answers", async ({ browser, playwright }) => {
  const account = demoAccount("STAKEHOLDER");
  const api = await playwright.request.newContext({ extraHTTPHeaders: { "X-Forwarded-For": SECRETS.forwardedAddress } });

  // Reads, including a search and a one-time link in the query string, and a 404.
  const home = await api.get(`${base}/fr`);
  const requestId = home.headers()["x-request-id"]!;
  await api.get(`${base}/fr/roadmap?q=${SECRETS.searchTerm}`);
  await api.get(`${base}/fr/set-password?token=${SECRETS.linkToken}`);
  await api.get(`${base}/ar/no-such-page-${RUN}`);

  // A survey response with a free-text answer, through the API.
  const surveys = (await (await api.get(`${base}/api/v1/surveys`)).json()) as { data: { id: number; questions: { id: number; kind: string; options: { id: number }[] }[] }[] };
  const survey = surveys.data.find((s) => s.questions.some((q) => q.kind === "FREE_TEXT"))!;
  const answers: Record<string, unknown> = {};
  for (const question of survey.questions) {
    if (question.kind === "SINGLE_CHOICE") answers[question.id] = question.options[0]!.id;
    if (question.kind === "MULTIPLE_CHOICE") answers[question.id] = [question.options[0]!.id];
    if (question.kind === "RATING") answers[question.id] = 4;
    if (question.kind === "FREE_TEXT") answers[question.id] = SECRETS.freeText;
  }
  const submitted = await api.post(`${base}/api/v1/surveys/${survey.id}/responses`, { data: { answers } });
  expect(submitted.status()).toBe(201);
  const respondentToken = submitted.headers()["x-respondent-token"]!;

  // A failed and a successful sign-in, through the real form, and a back-office page.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": SECRETS.forwardedAddress } });
  const page = await context.newPage();
  await page.goto(`${base}/fr/sign-in`);
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(SECRETS.wrongPassword);
  await page.locator("form button[type=submit]").click();
  await expect(page.locator("[role=alert], .error-summary").first()).toBeVisible();
  await page.locator("#email").fill(account.email);
  await page.locator("#password").fill(account.password);
  await Promise.all([page.waitForURL((url) => !url.pathname.endsWith("/sign-in")), page.locator("form button[type=submit]").click()]);
  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("egov.session"))!;
  expect(session.value.length).toBeGreaterThan(20);
  await context.close();
  await api.dispose();
  await new Promise((resolve) => setTimeout(resolve, 300)); // the last request lines are written on close

  const lines = output.split("\n").filter((line) => line.trim() !== "");
  expect(lines.length).toBeGreaterThan(10);
  const records = lines.map((line) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`a log line is not JSON: ${line}`);
    }
  });
  for (const record of records) {
    expect(["debug", "info", "warn", "error", "fatal"]).toContain(record.level);
    expect(typeof record.time).toBe("string");
  }
  const requests = records.filter((record) => record.msg === "request");
  for (const record of requests) {
    expect(record.requestId).toEqual(expect.stringMatching(/^[A-Za-z0-9._-]{8,64}$/));
    expect(typeof record.route).toBe("string");
    expect(typeof record.status).toBe("number");
  }
  // The id a visitor sees in the response is the one in the log, so a report can be traced.
  expect(requests.find((record) => record.requestId === requestId)).toMatchObject({ method: "GET", route: "/fr", status: 200 });
  expect(requests.some((record) => record.route === "/fr/sign-in" && record.method === "POST")).toBe(true);
  expect(requests.some((record) => record.route === `/ar/no-such-page-${RUN}` && record.status === 404)).toBe(true);
  // Survey submissions are answered by server.mjs without Next (lib/http/direct-routes.ts); pages by Next.
  expect(requests.find((record) => record.route === `/api/v1/surveys/${survey.id}/responses`)).toMatchObject({ method: "POST", status: 201, handler: "direct" });
  expect(requests.find((record) => record.requestId === requestId)?.handler).toBeUndefined();

  const forbidden = {
    ...SECRETS,
    password: account.password,
    email: account.email,
    sessionCookie: session.value,
    respondentToken,
    loopbackV4: "127.0.0.1",
    loopbackV6: "::1",
  };
  for (const [what, value] of Object.entries(forbidden)) expect(output.includes(value), `the logs contain the ${what}`).toBe(false);
});
