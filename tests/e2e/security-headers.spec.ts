// Headers, Content-Security-Policy, cross-origin refusal and cookie attributes, as a browser
// and as a forger would meet them (server.mjs, lib/http/*). docs/security.md lists the controls.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { expect, test, type APIRequestContext, type APIResponse, type Browser } from "@playwright/test";
import { findFreePort } from "../../scripts/lib/embedded-db";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { demoAccount, e2eDatabaseUrl, serverInfo, signIn } from "../helpers/accounts";
import { spawnAppServer } from "../helpers/app-process";

const prisma = createPrisma(e2eDatabaseUrl());
test.afterAll(async () => prisma.$disconnect());

function baseUrl(): string {
  return test.info().project.use.baseURL!;
}

function expectCommonHeaders(response: APIResponse, label: string) {
  const headers = response.headers();
  expect(headers["x-content-type-options"], label).toBe("nosniff");
  expect(headers["referrer-policy"], label).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], label).toContain("camera=()");
  expect(headers["x-request-id"], label).toMatch(/^[A-Za-z0-9._-]{8,64}$/);
  const csp = headers["content-security-policy"] ?? "";
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"]) expect(csp, `${label}: ${directive}`).toContain(directive);
  const scriptSrc = /(?:^|;\s*)script-src ([^;]*)/.exec(csp)?.[1] ?? /(?:^|;\s*)default-src ([^;]*)/.exec(csp)?.[1] ?? "";
  expect(scriptSrc, `${label}: script-src`).not.toContain("unsafe-inline");
  expect(scriptSrc, `${label}: script-src`).not.toContain("unsafe-eval");
  expect(headers["strict-transport-security"], `${label}: no HSTS over plain HTTP`).toBeUndefined();
  return csp;
}

/** The multipart body the sign-in form posts without JavaScript, with the given credentials. */
async function signInPayload(browser: Browser, from: string, email: string, password: string): Promise<FormData> {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${from}/fr/sign-in`);
  const entries = await page.locator("form:has(#password)").evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]));
  await context.close();
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, name === "email" ? email : name === "password" ? password : value);
  return body;
}

test("every kind of response carries the security headers and a policy without unsafe-inline scripts", async ({ request }) => {
  const targets = [
    "/fr",
    "/ar",
    "/fr/roadmap?late=1",
    "/ar/projects/watiqa-ma",
    "/fr/sessions",
    "/fr/no-such-page",
    "/fr/sign-in",
    "/api/v1/projects",
    "/api/v1/projects.csv",
    "/api/nothing-here",
    "/api/health",
    "/fr/feed.xml",
    "/sitemap.xml",
    "/robots.txt",
    "/icon.svg",
  ];
  for (const target of targets) {
    const response = await request.get(target, { maxRedirects: 0 });
    expect(response.status(), target).toBeLessThan(500);
    const csp = expectCommonHeaders(response, target);
    if ((response.headers()["content-type"] ?? "").startsWith("text/html")) {
      // Public pages ship no script at all: the policy says so and the HTML agrees.
      expect(csp, target).toContain("script-src 'none'");
      expect(await response.text(), target).not.toMatch(/<script(?![^>]*type="application\/(?:ld\+)?json")/);
    }
  }
  // A stylesheet and a back-office script are files of this site, with the resource policy.
  const html = await (await request.get("/fr")).text();
  const stylesheet = /<link rel="stylesheet" href="([^"]+)"/.exec(html)?.[1];
  expect(stylesheet).toBeTruthy();
  expectCommonHeaders(await request.get(stylesheet!), stylesheet!);
});

test("a back-office page keeps its scripts, each inline one allowed by its hash, and runs without a policy violation", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (event) => (window as unknown as { violations: string[] }).violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await signIn(page, "ADMIN");
  const response = await page.goto("/fr/staff/projects/watiqa-ma");
  const csp = response!.headers()["content-security-policy"]!;
  const html = await response!.text();
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]!);
  expect(inline.length).toBeGreaterThan(0);
  for (const body of inline) expect(csp).toContain(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  // The React runtime ran (hydration attaches client behaviour): no script was refused.
  await page.waitForLoadState("networkidle");
  expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  expect(await page.evaluate(() => typeof (window as unknown as { __next_f?: unknown }).__next_f)).toBe("object");
  await context.close();
});

test.describe("state-changing requests from another origin", () => {
  const forged: [string, Record<string, string>][] = [
    ["a foreign Origin", { Origin: "https://attacker.example" }],
    ["Origin: null", { Origin: "null" }],
    ["no Origin", {}],
  ];

  test("a server action (sign-in) is refused with 403 and does nothing", async ({ browser, request }) => {
    const account = demoAccount("STAKEHOLDER");
    const user = await prisma.user.findUniqueOrThrow({ where: { email: account.email } });
    for (const [label, headers] of forged) {
      const before = await prisma.auditLog.count({ where: { actorUserId: user.id } });
      const body = await signInPayload(browser, baseUrl(), account.email, account.password);
      const response = await request.post("/fr/sign-in", { multipart: body, headers: { ...headers, Connection: "close" }, maxRedirects: 0 });
      expect(response.status(), label).toBe(403);
      expect(response.headers()["set-cookie"] ?? "", label).not.toContain("egov.session");
      expect(await response.text(), label).toContain("Requête refusée");
      expect(await prisma.auditLog.count({ where: { actorUserId: user.id } }), label).toBe(before);
    }
    // The same payload from this site signs in (so the refusals above were about the origin).
    const body = await signInPayload(browser, baseUrl(), account.email, account.password);
    const accepted = await request.post("/fr/sign-in", { multipart: body, headers: { Origin: new URL(baseUrl()).origin, Connection: "close" }, maxRedirects: 0 });
    expect(accepted.status()).toBe(303);
    expect(accepted.headers()["set-cookie"]).toContain("egov.session=");
  });

  test("a back-office action is refused before it reaches the data", async ({ browser, request }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, "ADMIN");
    await page.goto("/fr/staff/projects/watiqa-ma");
    const entries = await page.locator("form:has(#reason)").evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]));
    const cookies = (await context.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");
    await context.close();
    const before = await prisma.project.findUniqueOrThrow({ where: { slug: "watiqa-ma" } });
    for (const [label, headers] of forged) {
      const body = new FormData();
      for (const [name, value] of entries) body.append(name, name === "progress" ? String((before.progress + 7) % 100) : name === "reason" ? "Requête forgée" : value);
      const response = await request.post("/fr/staff/projects/watiqa-ma", { multipart: body, headers: { ...headers, Cookie: cookies, Connection: "close" }, maxRedirects: 0 });
      expect(response.status(), label).toBe(403);
    }
    const after = await prisma.project.findUniqueOrThrow({ where: { slug: "watiqa-ma" } });
    expect(after.version).toBe(before.version);
    expect(after.progress).toBe(before.progress);
  });

  test("mutating API routes refuse a foreign or null Origin; the survey API also serves programs without one", async ({ request }) => {
    const surveys = (await (await request.get("/api/v1/surveys")).json()) as { data: { id: number; questions: { id: number; kind: string; options: { id: number }[] }[] }[] };
    const survey = surveys.data[0]!;
    const url = `/api/v1/surveys/${survey.id}/responses`;
    const before = await prisma.surveyResponse.count({ where: { surveyId: survey.id } });
    for (const [label, headers] of forged.slice(0, 2)) {
      const response = await request.post(url, { data: { answers: {} }, headers });
      expect(response.status(), label).toBe(403);
      expect(((await response.json()) as { error: string }).error, label).toBe("forbidden_origin");
    }
    for (const [label, headers] of forged) {
      const response = await request.post("/api/auth/callback/credentials", { form: { email: "x@example.org", password: "y" }, headers, maxRedirects: 0 });
      expect(response.status(), `next-auth, ${label}`).toBe(403);
    }
    expect(await prisma.surveyResponse.count({ where: { surveyId: survey.id } })).toBe(before);
    // No Origin (a program): reaches the API, which judges the body (422 for no answers).
    const program = await request.post(url, { data: { answers: {} } });
    expect(program.status()).toBe(422);
  });
});

test.describe("served over HTTPS", () => {
  let server: ChildProcess | null = null;
  let local = "";
  const publicUrl = "https://portal.example";

  test.beforeAll(async () => {
    const info = serverInfo();
    const port = await findFreePort(3800);
    local = `http://localhost:${port}`;
    server = spawnAppServer(port, {
      EGOV_DIST_DIR: process.env.EGOV_DIST_DIR ?? `.next-e2e-${new URL(baseUrl()).port}`,
      DATABASE_URL: info.databaseUrl,
      NEXTAUTH_SECRET: readFileSync(path.join(info.dataDir, "auth-secret"), "utf8").trim(),
      NEXTAUTH_URL: publicUrl,
      PUBLIC_BASE_URL: publicUrl,
    });
    const deadline = Date.now() + 60_000;
    while (!(await fetch(`${local}/api/health`).then((r) => r.ok, () => false))) {
      if (Date.now() > deadline) throw new Error("the HTTPS-configured instance did not start");
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

  test("HSTS is sent and the session cookie is __Host- prefixed, Secure, HttpOnly and SameSite=Lax", async ({ browser, playwright }) => {
    const api: APIRequestContext = await playwright.request.newContext();
    const page = await api.get(`${local}/fr`);
    expect(page.headers()["strict-transport-security"]).toMatch(/max-age=\d+; includeSubDomains/);
    expect(page.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
    const account = demoAccount("STAKEHOLDER");
    const body = await signInPayload(browser, local, account.email, account.password);
    // As the TLS-terminating proxy would forward it: the public host and scheme.
    const response = await api.post(`${local}/fr/sign-in`, {
      multipart: body,
      headers: { Origin: publicUrl, "X-Forwarded-Host": "portal.example", "X-Forwarded-Proto": "https", Connection: "close" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    const cookie = response.headersArray().find((header) => header.name.toLowerCase() === "set-cookie" && header.value.includes("egov.session"))?.value ?? "";
    expect(cookie).toMatch(/^__Host-egov\.session=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//i);
    expect(cookie).not.toMatch(/;\s*Domain=/i);
    await api.dispose();
  });
});

test("over plain HTTP the session cookie is HttpOnly and SameSite=Lax, without the prefix browsers would refuse", async ({ browser }) => {
  const context = await browser.newContext();
  await signIn(await context.newPage(), "STAKEHOLDER");
  const cookie = (await context.cookies()).find((c) => c.name.endsWith("egov.session"))!;
  expect(cookie.name).toBe("egov.session");
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
  await context.close();
});
