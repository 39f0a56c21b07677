// Hostile input over HTTP against the production build: every mutating API route and a
// representative set of server actions (survey answers, space thread and reply, staff project
// edit, account invitation) get fast-check generated bodies: wrong types, oversized values
// and bodies, extra smuggled fields, broken JSON or multipart, wrong content types, NUL bytes
// and other Unicode edge cases. The answer is never a 500: a 4xx with a JSON message (API), or
// the form again with a message in the user's language (actions); the database is unchanged
// unless the request was accepted; and accepted Unicode is shown back exactly as typed.
import { readFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import fc from "fast-check";
import { expect, test, type APIRequestContext, type APIResponse, type Browser, type BrowserContext } from "@playwright/test";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { hashPassword } from "../../lib/auth/password";
import { storableText } from "../../lib/validation/text";
import { e2eDatabaseUrl, signIn } from "../helpers/accounts";
import { expireCachedPages } from "../helpers/cache";

const prisma = createPrisma(e2eDatabaseUrl());
const RUN = Date.now().toString(36);
const PASSWORD = "une phrase de passe pour les tests";
const MB = 1024 * 1024;

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

// ---------------------------------------------------------------------------------------
// Messages the user may see: every refusal must show one of them (French pages here).

const MESSAGES: string[] = (() => {
  const leaves = (node: unknown): string[] => (typeof node === "string" ? [node] : typeof node === "object" && node !== null ? Object.values(node).flatMap(leaves) : []);
  const read = (name: string) => JSON.parse(readFileSync(path.join("messages", "fr", `${name}.json`), "utf8")) as Record<string, Record<string, unknown>>;
  const forms = read("forms");
  const space = read("space");
  const surveys = read("surveys");
  return [...leaves(forms.errors), ...leaves(space.errors), ...leaves(surveys.errors), ...leaves(surveys.form)]
    .map((message) => message.split(/[{}]/).sort((a, b) => b.length - a.length)[0]!.trim()) // the longest literal part of an ICU message
    .filter((part) => part.length >= 12);
})();

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&nbsp;|&#xa0;/g, "\u00a0")
    .replace(/&amp;/g, "&");

async function expectMessageShown(response: APIResponse | string, what: string): Promise<void> {
  const text = decode(typeof response === "string" ? response : await response.text());
  expect(MESSAGES.some((message) => text.includes(message)), `${what}: no localized message on the page`).toBe(true);
}

// ---------------------------------------------------------------------------------------
// Requests: same-origin (as a browser sends them) and Connection: close, because a kept-alive
// socket the server times out as the next request starts gives a spurious ECONNRESET.

const baseURL = () => test.info().project.use.baseURL!;
const postHeaders = (extra: Record<string, string> = {}) => ({ Origin: new URL(baseURL()).origin, Connection: "close", ...extra });

/** The fields a no-JavaScript browser posts for a form (hidden action fields included). */
async function formEntries(context: BrowserContext, pagePath: string, selector: string): Promise<Array<[string, string]>> {
  const page = await context.newPage();
  await page.goto(pagePath);
  const entries = await page.locator(selector).evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]));
  await page.close();
  return entries;
}

/** The form's payload with some fields replaced (or added) and extra fields appended. */
function payload(entries: Array<[string, string]>, changes: Record<string, string>, extra: Array<[string, string]> = []): FormData {
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, name in changes ? changes[name]! : value);
  for (const [name, value] of Object.entries(changes)) if (!entries.some(([field]) => field === name)) body.append(name, value);
  for (const [name, value] of extra) body.append(name, value);
  return body;
}

async function postForm(request: APIRequestContext, pagePath: string, body: FormData): Promise<APIResponse> {
  const response = await request.post(pagePath, { multipart: body, headers: postHeaders(), maxRedirects: 0 });
  expect(response.status(), `${pagePath} answered ${response.status()}`).toBeLessThan(500);
  return response;
}

// ---------------------------------------------------------------------------------------
// Generators.

const EDGES = ["\u0000", "\u200f", "\u202e", "\u202c", "e\u0301", "\u0651", "\u{1F469}\u200D\u{1F469}\u200D\u{1F467}", "\u{1F3F3}\uFE0F\u200D\u{1F308}", "\ud800", "\ufeff", "\r\n", "\t", "\u0007", "<b>", "'", '"', "é", "ب", "a", " ", "0", "-1", "99999999999999999999"];
const hostileString = fc.oneof(
  { arbitrary: fc.array(fc.oneof(fc.constantFrom(...EDGES), fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join("")), weight: 6 },
  { arbitrary: fc.constantFrom("", " ", "\u0000", "ADMIN", "2147483648", "1e309", "../../etc/passwd", "null"), weight: 2 },
  { arbitrary: fc.integer({ min: 20_001, max: 120_000 }).map((size) => "x".repeat(size)), weight: 1 },
);
const SMUGGLED = ["role", "status", "organizationId", "authorId", "userId", "isPublished", "isLocked", "passwordHash", "sessionVersion", "ownerOrganizationId", "id"];
const smuggledFields = fc.array(fc.tuple(fc.constantFrom(...SMUGGLED), fc.constantFrom("ADMIN", "1", "REMOVED", "true", "\u0000")), { maxLength: 4 });
/** One field of the form replaced by a hostile value, plus smuggled fields. */
const mutation = (fields: readonly string[]) => fc.record({ field: fc.constantFrom(...fields), value: hostileString, extra: smuggledFields });

const RUNS = (numRuns: number) => ({ numRuns, endOnFailure: true });

// ---------------------------------------------------------------------------------------
// Fixtures: an open survey, two stakeholders, an administrator, a project to edit.

const survey = { id: 0, slug: `hostile-enquete-${RUN}`, single: 0, option: 0, text: 0 };
const accounts = { unicode: { email: `hostile-unicode-${RUN}@demo.egov.local`, password: PASSWORD }, fuzz: { email: `hostile-fuzz-${RUN}@demo.egov.local`, password: PASSWORD } };
const project = { slug: "", before: null as null | { status: string; progress: number; version: number }, lastChangeId: 0 };
const contexts: { admin?: BrowserContext; unicode?: BrowserContext; fuzz?: BrowserContext } = {};
let spaceThreadId = 0;

async function signedIn(browser: Browser, who: "ADMIN" | { email: string; password: string }): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signIn(await context.newPage(), who);
  return context;
}

test.beforeAll(async ({ browser }) => {
  const created = await prisma.survey.create({
    data: {
      slug: survey.slug,
      kind: "SITE_FEEDBACK",
      titleFr: `Enquête hostile ${RUN}`,
      descriptionFr: "Pour les tests d'entrées hostiles.",
      opensAt: new Date(Date.now() - 3_600_000),
      questions: {
        create: [
          { position: 1, kind: "SINGLE_CHOICE", promptFr: "Choix", isRequired: true, options: { create: [1, 2].map((position) => ({ position, labelFr: `Option ${position}` })) } },
          { position: 2, kind: "FREE_TEXT", promptFr: "Commentaire", isRequired: false, maxLength: 500 },
        ],
      },
    },
    select: { id: true, questions: { orderBy: { position: "asc" }, select: { id: true, options: { select: { id: true } } } } },
  });
  survey.id = created.id;
  survey.single = created.questions[0]!.id;
  survey.option = created.questions[0]!.options[0]!.id;
  survey.text = created.questions[1]!.id;
  for (const account of Object.values(accounts)) {
    await prisma.user.create({ data: { email: account.email, name: `Hostile ${RUN}`, role: "STAKEHOLDER", passwordHash: await hashPassword(account.password) } });
  }
  // The project with the highest id: the other specs work on the first, seeded flagship ones.
  const target = await prisma.project.findFirstOrThrow({ orderBy: { id: "desc" }, select: { slug: true, status: true, progress: true, version: true } });
  project.slug = target.slug;
  project.before = { status: target.status, progress: target.progress, version: target.version };
  project.lastChangeId = (await prisma.projectChange.aggregate({ _max: { id: true } }))._max.id ?? 0;
  contexts.admin = await signedIn(browser, "ADMIN");
  contexts.unicode = await signedIn(browser, accounts.unicode);
  contexts.fuzz = await signedIn(browser, accounts.fuzz);
});

test.afterAll(async () => {
  await prisma.survey.deleteMany({ where: { slug: survey.slug } });
  const ours = await prisma.user.findMany({ where: { OR: [{ email: { in: Object.values(accounts).map((a) => a.email) } }, { email: { endsWith: `-${RUN}@hostile.test` } }] }, select: { id: true } });
  await prisma.thread.deleteMany({ where: { authorId: { in: ours.map((u) => u.id) } } });
  // Invited accounts have no audit entries of their own (the administrator's are about them): they can go.
  await prisma.user.deleteMany({ where: { email: { endsWith: `-${RUN}@hostile.test` } } });
  if (project.before) {
    await prisma.projectChange.deleteMany({ where: { id: { gt: project.lastChangeId }, project: { slug: project.slug } } });
    await prisma.project.update({ where: { slug: project.slug }, data: { status: project.before.status as never, progress: project.before.progress } });
  }
  for (const context of Object.values(contexts)) await context?.close();
  await expireCachedPages(prisma);
  await prisma.$disconnect();
});

// ---------------------------------------------------------------------------------------
// The survey API: POST /api/v1/surveys/{id}/responses.

const countResponses = () => prisma.surveyResponse.count({ where: { surveyId: survey.id } });
const API_CODES = new Set([201, 400, 404, 409, 410, 413, 415, 422, 429]);

async function expectApiAnswer(response: APIResponse, what: string): Promise<void> {
  expect(API_CODES.has(response.status()), `${what}: status ${response.status()}`).toBe(true);
  expect(response.headers()["content-type"] ?? "", what).toContain("application/json");
  const body = (await response.json()) as { error?: { code?: string; message?: string } };
  if (response.status() !== 201) {
    expect(body.error?.code, `${what}: no error code`).toMatch(/^[a-z_]+$/);
    expect((body.error?.message ?? "").length, `${what}: no message`).toBeGreaterThan(10);
  }
}

test.describe("survey API", () => {
  test("random, wrong-typed and smuggled JSON bodies: a 4xx with a JSON message or 201; nothing stored unless 201", async ({ playwright }) => {
    const api = `/api/v1/surveys/${survey.id}/responses`;
    const answerValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString, fc.constantFrom(survey.option, String(survey.option), [survey.option], 0, -1, 1e308));
    const body = fc.oneof(
      fc.jsonValue({ maxDepth: 3 }),
      fc.record({ answers: fc.dictionary(fc.oneof(fc.constantFrom(String(survey.single), String(survey.text), "0", "__proto__"), fc.string({ maxLength: 6 })), answerValue, { maxKeys: 4 }) }, { requiredKeys: [] }),
      fc.tuple(smuggledFields, hostileString).map(([extra, text]) => ({ ...Object.fromEntries(extra), answers: { [survey.single]: survey.option, [survey.text]: text } })),
    );
    // A fresh client per request: its own respondent token, so "already answered" is not the only answer.
    const client = await playwright.request.newContext({ baseURL: baseURL() });
    await fc.assert(
      fc.asyncProperty(body, async (json) => {
        const before = await countResponses();
        const response = await client.post(api, { data: JSON.stringify(json), headers: postHeaders({ "Content-Type": "application/json" }) });
        await expectApiAnswer(response, JSON.stringify(json).slice(0, 200));
        expect(await countResponses()).toBe(before + (response.status() === 201 ? 1 : 0));
        if (response.status() === 201) {
          // Accepted free text is stored clean: no NUL, no bidi override, no lone surrogate.
          const stored = await prisma.surveyAnswer.findMany({ where: { questionId: survey.text, response: { surveyId: survey.id } }, select: { text: true } });
          for (const { text } of stored) expect(text && /[\u0000\u202e]/.test(text)).toBeFalsy();
        }
      }),
      RUNS(20),
    );
    await client.dispose();
  });

  test("an answer whose body breaks off is not stored, even when the part sent is valid JSON", async ({ request }) => {
    const base = new URL(test.info().project.use.baseURL!);
    const text = `coupé ${RUN}`;
    // Valid JSON followed by spaces: a body cut anywhere in the spaces still parses.
    const body = Buffer.from(JSON.stringify({ answers: { [survey.single]: survey.option, [survey.text]: text } }) + " ".repeat(50));
    const stored = () => prisma.surveyAnswer.count({ where: { questionId: survey.text, text } });
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(base.port), base.hostname, () => {
        socket.write(`POST /api/v1/surveys/${survey.id}/responses HTTP/1.1\r\nHost: ${base.host}\r\nOrigin: ${base.origin}\r\nX-Forwarded-For: 192.0.2.77\r\nContent-Type: application/json\r\nContent-Length: ${body.length + 100}\r\n\r\n`);
        socket.write(body); // 100 bytes short of what was declared, then the client goes away
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 300);
      });
      socket.on("error", reject);
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await stored()).toBe(0);
    // The control: the same body sent whole is stored, so what refused it above is the broken connection.
    const whole = await request.post(`/api/v1/surveys/${survey.id}/responses`, { data: body.toString(), headers: { "Content-Type": "application/json", "X-Forwarded-For": "192.0.2.78" } });
    expect(whole.status()).toBe(201);
    expect(await stored()).toBe(1);
  });

  test("broken JSON, wrong content types, oversized and lying bodies: 400, 415 or 413 with a JSON message", async ({ request }) => {
    const api = `/api/v1/surveys/${survey.id}/responses`;
    const before = await countResponses();
    const cases: Array<{ name: string; data: string | Buffer; type?: string; headers?: Record<string, string>; status: number | number[] }> = [
      { name: "broken JSON", data: '{"answers": {', type: "application/json", status: 400 },
      { name: "empty body", data: "", type: "application/json", status: 400 },
      { name: "not UTF-8", data: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), type: "application/json", status: 400 },
      { name: "form-encoded", data: "answers=1", type: "application/x-www-form-urlencoded", status: 415 },
      { name: "text/plain", data: '{"answers":{}}', type: "text/plain", status: 415 },
      { name: "no content type", data: '{"answers":{}}', status: 415 },
      { name: "JSON of 2 MB", data: JSON.stringify({ answers: { [survey.text]: "x".repeat(2 * MB) } }), type: "application/json", status: 413 },
      { name: "JSON nested 20,000 deep", data: `{"answers":{"${survey.text}":${"[".repeat(20_000)}${"]".repeat(20_000)}}}`, type: "application/json", status: [400, 422] },
      { name: "70 KB just over the limit", data: JSON.stringify({ answers: { [survey.text]: "ب".repeat(35_000) } }), type: "application/json", status: 413 },
    ];
    for (const item of cases) {
      // A Buffer: Playwright would JSON-encode a string that is not JSON when the type says JSON.
      const response = await request.post(api, { data: Buffer.from(item.data), headers: postHeaders({ ...(item.type ? { "Content-Type": item.type } : {}), ...item.headers }) });
      expect([item.status].flat(), `${item.name}: ${response.status()}`).toContain(response.status());
      await expectApiAnswer(response, item.name);
    }
    // Random text as JSON: 400, never a 500.
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 60 }).filter((text) => { try { JSON.parse(text); return false; } catch { return true; } }), async (text) => {
        const response = await request.post(api, { data: Buffer.from(text), headers: postHeaders({ "Content-Type": "application/json; charset=utf-8" }) });
        expect(response.status(), JSON.stringify(text)).toBe(400);
        await expectApiAnswer(response, JSON.stringify(text));
      }),
      RUNS(10),
    );
    expect(await countResponses()).toBe(before);
  });

  test("the other API routes refuse a POST (405) and next-auth's endpoints answer hostile bodies without a 500 or a session", async ({ request }) => {
    for (const route of ["/api/v1/projects", "/api/v1/projects.csv", "/api/v1/indicators", "/api/v1/sessions", "/api/v1/surveys", "/api/health", "/api/v1/nothing-here"]) {
      const response = await request.post(route, { data: '{"role":"ADMIN"}', headers: postHeaders({ "Content-Type": "application/json" }) });
      expect(response.status(), route).toBe(405);
    }
    const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const form = (fields: Record<string, string>) => new URLSearchParams({ csrfToken: csrf.csrfToken, ...fields }).toString();
    const cases: Array<{ name: string; data: string; type: string; status?: number }> = [
      { name: "broken JSON", data: '{"email":', type: "application/json", status: 400 },
      { name: "JSON null", data: "null", type: "application/json", status: 400 },
      { name: "JSON array", data: "[1,2]", type: "application/json", status: 400 },
      { name: "2 MB form", data: form({ email: "admin@demo.egov.local", password: "x".repeat(2 * MB) }), type: "application/x-www-form-urlencoded", status: 413 },
      { name: "NUL in the email", data: form({ email: "admin\u0000@demo.egov.local", password: "whatever it is" }), type: "application/x-www-form-urlencoded" },
      { name: "JSON credentials of the wrong type", data: JSON.stringify({ csrfToken: csrf.csrfToken, email: { $ne: 1 }, password: ["a"] }), type: "application/json" },
      { name: "oversized password", data: form({ email: "admin@demo.egov.local", password: "p".repeat(6000) }), type: "application/x-www-form-urlencoded" },
    ];
    for (const route of ["/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/signout"]) {
      for (const item of cases) {
        const response = await request.post(route, { data: Buffer.from(item.data), headers: postHeaders({ "Content-Type": item.type }), maxRedirects: 0 });
        const what = `${route} ${item.name}`;
        expect(response.status(), `${what}: ${response.status()}`).toBeLessThan(500);
        if (item.status) {
          expect(response.status(), what).toBe(item.status);
          expect(((await response.json()) as { error: { message: string } }).error.message.length, what).toBeGreaterThan(10);
        }
        expect(response.headers()["set-cookie"] ?? "", what).not.toMatch(/egov\.session=[^;]/);
        // A failure never carries an internal error's text (next-auth puts an exception's message in its redirect).
        expect(response.headers().location ?? "", what).not.toMatch(/prisma|invocation|invalid byte|TypeError|is not a function/i);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------
// Server actions, replayed with the form's own no-JavaScript payload.

test.describe("server actions", () => {
  test("survey answer form: hostile fields and smuggled ones; the form again with a message, or a redirect after storing at most one response", async ({ playwright, browser }) => {
    const pagePath = `/fr/surveys/${survey.slug}`;
    const anonymous = await browser.newContext();
    const entries = await formEntries(anonymous, pagePath, "form:has(input[name=survey])");
    await anonymous.close();
    const single = `q${survey.single}`;
    const text = `q${survey.text}`;
    await fc.assert(
      fc.asyncProperty(mutation([single, text, text, "survey", "locale", "website"]), fc.boolean(), async ({ field, value, extra }, answered) => {
        const client = await playwright.request.newContext({ baseURL: baseURL() });
        const before = await countResponses();
        const response = await postForm(client, pagePath, payload(entries, { ...(answered ? { [single]: String(survey.option) } : {}), [field]: value }, extra));
        const html = await response.text();
        await client.dispose();
        const after = await countResponses();
        if (response.status() === 303) {
          expect(response.headers().location, "redirected elsewhere").toMatch(new RegExp(`/fr/surveys/${survey.slug}(/thanks)?$`));
          expect(after - before).toBeLessThanOrEqual(1);
        } else {
          expect(response.status()).toBe(200);
          expect(after, "a refused answer was stored").toBe(before);
          await expectMessageShown(html, `${field}=${JSON.stringify(value.slice(0, 60))}`);
        }
      }),
      RUNS(15),
    );
  });

  test("survey free text with RTL marks, combining characters, emoji and NUL: stored cleaned, never a 500", async ({ playwright, browser }) => {
    const pagePath = `/fr/surveys/${survey.slug}`;
    const anonymous = await browser.newContext();
    const entries = await formEntries(anonymous, pagePath, "form:has(input[name=survey])");
    await anonymous.close();
    const typed = `Avis \u0627\u0644\u0633\u0644\u0627\u0645 \u200f\u202e caf\u0065\u0301 \u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u0000 fin ${RUN}`;
    const client = await playwright.request.newContext({ baseURL: baseURL() });
    const response = await postForm(client, pagePath, payload(entries, { [`q${survey.single}`]: String(survey.option), [`q${survey.text}`]: typed }));
    await client.dispose();
    expect(response.status()).toBe(303);
    const stored = await prisma.surveyAnswer.findFirst({ where: { questionId: survey.text, text: { endsWith: `fin ${RUN}` } }, select: { text: true } });
    // Documented normalisation of free text: controls and bidi overrides dropped, composed (NFC); Arabic and emoji kept.
    expect(stored?.text).toBe(`Avis \u0627\u0644\u0633\u0644\u0627\u0645  caf\u00e9 \u{1F469}\u200D\u{1F469}\u200D\u{1F467} fin ${RUN}`);
  });

  test("space thread: RTL marks, combining characters and emoji are stored and shown exactly as typed; NUL is dropped", async () => {
    const pagePath = "/fr/space/categories/echanges-generaux/new";
    const entries = await formEntries(contexts.unicode!, pagePath, "form:has(#title)");
    const title = `Sujet \u200f\u0645\u0634\u0631\u0648\u0639\u200f cafe\u0301 \u{1F44D}\u{1F3FD} ${RUN}`;
    const body = `Bonjour \u0627\u0644\u0633\u0651\u064e\u0644\u0627\u0645 \u202eabc\u202c famille \u{1F469}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466} drapeau \u{1F3F3}\uFE0F\u200D\u{1F308} nul\u0000 fin`;
    const response = await postForm(contexts.unicode!.request, pagePath, payload(entries, { title, body }, [["role", "ADMIN"], ["authorId", "1"], ["status", "REMOVED"]]));
    expect(response.status()).toBe(303);
    const thread = await prisma.thread.findFirstOrThrow({ where: { title: { endsWith: RUN } }, orderBy: { id: "desc" }, select: { id: true, title: true, status: true, author: { select: { email: true } }, posts: { select: { body: true } } } });
    spaceThreadId = thread.id;
    expect(thread).toMatchObject({ title, status: "VISIBLE", author: { email: accounts.unicode.email }, posts: [{ body: storableText(body) }] });
    const page = await contexts.unicode!.newPage();
    await page.goto(`/fr/space/threads/${thread.id}`);
    expect(await page.locator("h1").textContent()).toBe(title);
    expect(await page.locator("main").textContent()).toContain(storableText(body));
    await page.close();
  });

  test("space thread and reply: hostile fields and smuggled ones; the form again with a message, or a redirect after one new thread or post", async () => {
    const newThread = "/fr/space/categories/echanges-generaux/new";
    const threadEntries = await formEntries(contexts.fuzz!, newThread, "form:has(#title)");
    const fuzzer = await prisma.user.findUniqueOrThrow({ where: { email: accounts.fuzz.email }, select: { id: true } });
    await fc.assert(
      fc.asyncProperty(mutation(["title", "body", "category", "project", "session", "locale"]), async ({ field, value, extra }) => {
        const before = await prisma.thread.count();
        const response = await postForm(contexts.fuzz!.request, newThread, payload(entries(threadEntries), { title: `Sujet ${RUN}`, body: "Un message", [field]: value }, extra));
        const after = await prisma.thread.count();
        if (response.status() === 303) {
          expect(after).toBe(before + 1);
          const created = await prisma.thread.findFirstOrThrow({ orderBy: { id: "desc" }, select: { authorId: true, status: true, posts: { select: { body: true } } } });
          expect(created.authorId, "a smuggled author was taken").toBe(fuzzer.id);
          expect(created.status).toBe("VISIBLE");
          expect(created.posts[0]!.body.includes("\u0000")).toBe(false);
        } else {
          expect(response.status()).toBe(200);
          expect(after).toBe(before);
          await expectMessageShown(response, `thread ${field}=${JSON.stringify(value.slice(0, 60))}`);
        }
      }),
      RUNS(12),
    );
    const threadPath = `/fr/space/threads/${spaceThreadId}`;
    const replyEntries = await formEntries(contexts.fuzz!, threadPath, "form:has(#body)");
    await fc.assert(
      fc.asyncProperty(mutation(["body", "body", "threadId", "to", "locale"]), async ({ field, value, extra }) => {
        const before = await prisma.post.count();
        const response = await postForm(contexts.fuzz!.request, threadPath, payload(entries(replyEntries), { body: "Une réponse", [field]: value }, extra));
        const after = await prisma.post.count();
        if (response.status() === 303) expect(after).toBe(before + 1);
        else {
          expect(response.status()).toBe(200);
          expect(after).toBe(before);
          await expectMessageShown(response, `reply ${field}=${JSON.stringify(value.slice(0, 60))}`);
        }
      }),
      RUNS(12),
    );
  });

  test("staff project edit: a reason with RTL marks, combining characters and emoji is stored and shown on the public page as typed; NUL is dropped", async () => {
    const pagePath = `/fr/staff/projects/${project.slug}`;
    const entries = await formEntries(contexts.admin!, pagePath, "form:has(#reason)");
    const current = await prisma.project.findUniqueOrThrow({ where: { slug: project.slug }, select: { progress: true } });
    const reason = `Raison \u200f\u0627\u0644\u062a\u0642\u062f\u0651\u0645\u200f e\u0301tape \u{1F4C8}\u{1F469}\u200D\u{1F4BB}\u0000 ${RUN}`;
    const response = await postForm(contexts.admin!.request, pagePath, payload(entries, { progress: String(current.progress === 42 ? 43 : 42), status: "IN_PROGRESS", reason }));
    expect(response.status()).toBe(303);
    const stored = await prisma.projectChange.findFirstOrThrow({ where: { project: { slug: project.slug } }, orderBy: { id: "desc" }, select: { reason: true } });
    expect(stored.reason).toBe(reason.replace("\u0000", ""));
    const page = await contexts.admin!.newPage();
    await page.goto(`/fr/projects/${project.slug}`);
    expect(await page.locator("main").textContent()).toContain(stored.reason);
    await page.close();
  });

  test("staff project edit: hostile fields and smuggled ones; the form again with a message, or a new version with the reason as typed", async () => {
    const pagePath = () => `/fr/staff/projects/${project.slug}`;
    await fc.assert(
      fc.asyncProperty(mutation(["reason", "reason", "progress", "status", "version", "plannedStartOn", "approvedBySession", "milestoneId", "slug"]), async ({ field, value, extra }) => {
        const before = await prisma.project.findUniqueOrThrow({ where: { slug: project.slug }, select: { version: true, ownerOrganizationId: true, _count: { select: { changes: true } } } });
        const entries = await formEntries(contexts.admin!, pagePath(), "form:has(#reason)");
        const progress = String((before.version % 90) + 1);
        const response = await postForm(contexts.admin!.request, pagePath(), payload(entries, { progress, status: "IN_PROGRESS", reason: `Raison ${RUN}`, [field]: value }, extra));
        const after = await prisma.project.findUniqueOrThrow({ where: { slug: project.slug }, select: { version: true, ownerOrganizationId: true, _count: { select: { changes: true } } } });
        expect(after.ownerOrganizationId, "a smuggled owner was taken").toBe(before.ownerOrganizationId);
        if (response.status() === 303) {
          expect(after.version).toBe(before.version + 1);
          const change = await prisma.projectChange.findFirstOrThrow({ where: { project: { slug: project.slug } }, orderBy: { id: "desc" }, select: { reason: true } });
          if (field === "reason") expect(change.reason).toBe(storableText(value).trim());
        } else {
          expect(response.status()).toBe(200);
          expect(after).toEqual(before);
          await expectMessageShown(response, `project ${field}=${JSON.stringify(value.slice(0, 60))}`);
        }
      }),
      RUNS(10),
    );
  });

  test("account invitation: hostile fields and smuggled ones; the form again with a message, or one account with the role chosen", async () => {
    const pagePath = "/fr/staff/accounts";
    const entries = await formEntries(contexts.admin!, pagePath, "form:has(#email)");
    let index = 0;
    await fc.assert(
      fc.asyncProperty(mutation(["email", "name", "name", "role", "organizationId", "locale"]), async ({ field, value, extra }) => {
        const email = `invite-${index++}-${RUN}@hostile.test`;
        const before = await prisma.user.count();
        const response = await postForm(contexts.admin!.request, pagePath, payload(entries, { email, name: "Agent invité", role: "STAKEHOLDER", organizationId: "", [field]: value }, extra));
        expect(response.status()).toBe(200); // the invitation shows its link on the same page
        const created = await prisma.user.findMany({ where: { createdAt: { gte: new Date(Date.now() - 60_000) }, email: { endsWith: `-${RUN}@hostile.test` } }, orderBy: { id: "desc" }, take: 1, select: { email: true, role: true, passwordHash: true, sessionVersion: true, name: true } });
        const after = await prisma.user.count();
        if (after === before + 1) {
          expect(created[0]!.passwordHash, "a smuggled password hash was taken").toBeNull();
          expect(created[0]!.sessionVersion).toBe(1); // the column's default, not a smuggled value
          // The action reads the last "role" field posted (an administrator may choose any role): a duplicate is no escalation, just a choice.
          const roles = [field === "role" ? value : "STAKEHOLDER", ...extra.filter(([name]) => name === "role").map(([, role]) => role)];
          expect(created[0]!.role).toBe(roles.at(-1));
          expect(created[0]!.name.includes("\u0000")).toBe(false);
          expect(decode(await response.text())).toContain("/set-password?token=");
        } else {
          expect(after).toBe(before);
          await expectMessageShown(response, `invite ${field}=${JSON.stringify(value.slice(0, 60))}`);
        }
      }),
      RUNS(12),
    );
  });

  test("a post naming an unknown action: never a 500, nothing stored", async ({ playwright, browser }) => {
    const pagePath = `/fr/surveys/${survey.slug}`;
    const anonymous = await browser.newContext();
    const entries = await formEntries(anonymous, pagePath, "form:has(input[name=survey])");
    await anonymous.close();
    const client = await playwright.request.newContext({ baseURL: baseURL() });
    const before = await countResponses();
    const unknownAction = await client.post(pagePath, { multipart: payload(entries.filter(([name]) => !name.startsWith("$ACTION")), { $ACTION_ID_0000000000000000000000000000000000000000: "" }), headers: postHeaders(), maxRedirects: 0 });
    expect(unknownAction.status(), "unknown action").toBeLessThan(500);
    await client.dispose();
    expect(await countResponses()).toBe(before);
  });

  // Bodies refused before any action runs (server.mjs); their status is checked by the next test.
  const refusedByNext: Record<string, number> = {};

  test("bodies over the limit or broken (over 1 MB, broken multipart) store nothing", async ({ playwright, browser }) => {
    const pagePath = `/fr/surveys/${survey.slug}`;
    const anonymous = await browser.newContext();
    const entries = await formEntries(anonymous, pagePath, "form:has(input[name=survey])");
    await anonymous.close();
    const client = await playwright.request.newContext({ baseURL: baseURL() });
    const before = await countResponses();
    const threadsBefore = await prisma.thread.count();
    const big = await client.post(pagePath, { multipart: payload(entries, { [`q${survey.single}`]: String(survey.option), [`q${survey.text}`]: "x".repeat(2 * MB) }), headers: postHeaders(), maxRedirects: 0 });
    refusedByNext["2 MB survey answer"] = big.status();
    const broken = await client.post(pagePath, { data: Buffer.from('--x\r\nContent-Disposition: form-data; name="survey"\r\n\r\nabc'), headers: postHeaders({ "Content-Type": "multipart/form-data; boundary=x" }), maxRedirects: 0 });
    refusedByNext["broken multipart"] = broken.status();
    await client.dispose();
    const newThread = "/fr/space/categories/echanges-generaux/new";
    const threadEntries = await formEntries(contexts.fuzz!, newThread, "form:has(#title)");
    const bigThread = await contexts.fuzz!.request.post(newThread, { multipart: payload(threadEntries, { title: `Sujet ${RUN}`, body: "\u0628".repeat(MB) }), headers: postHeaders(), maxRedirects: 0 });
    refusedByNext["2 MB thread"] = bigThread.status();
    expect(await countResponses(), "an oversized or broken answer was stored").toBe(before);
    expect(await prisma.thread.count(), "a 2 MB thread was stored").toBe(threadsBefore);
  });

  test("bodies over 1 MB and broken multipart bodies are refused with 413 and 400 before Next", () => {
    // Next 16.4 answers both with a 500 from inside its action handler ("Body exceeded 1 MB
    // limit", "Failed to parse body as FormData"); server.mjs refuses them first.
    expect(refusedByNext).toEqual({ "2 MB survey answer": 413, "broken multipart": 400, "2 MB thread": 413 });
  });
});

/** A copy of captured entries (payload() never changes them, but each run reads them afresh). */
function entries(list: Array<[string, string]>): Array<[string, string]> {
  return list.map(([name, value]) => [name, value]);
}
