// No data lost under load and faults. An extra instance of the app (same build, same database,
// same secrets, started by tests/helpers/app-process.ts) takes concurrent survey responses
// (JSON API), space posts (new threads and replies) and staff project edits (server actions,
// replayed as the forms' no-JavaScript multipart posts). It is killed with SIGKILL twice in
// the middle of that load and restarted while the load goes on. Afterwards the database must
// hold every write the app acknowledged (201, or the action's 303 redirect to its success
// page), and no write, acknowledged or not, may be half there.
//
// Each kill is aimed (findCutPoint): at a moment when a request holds a database transaction
// that has written and waits for its next statement, or, were writes not atomic, when a
// half-written record is visible. What a non-atomic write would then leave, and what reports it:
// - a survey response without (some of) its answers: every response of the test survey must
//   have exactly its 5 answer rows, and the tallies (kept by triggers in the same statement)
//   must equal live counts;
// - a thread without its opening post, a post without its first version, a reply that did not
//   move the thread's lastPostAt, a thread or reply without its audit entry or subscription;
// - a project update without its history rows or its milestone, history without the update:
//   the version must have moved once per edit in the history, each field's history must
//   chain from the created value to the current one, and each version has one audit entry.
// Checked once on a copy where createReply and updateProject ran their statements without a
// transaction: this spec failed with "post 36 has 0 versions instead of its first", "reply 36
// lacks its audit entry" and "project …: version 75 after 73 edits in its history". The last
// step here also plants half-written records and expects the same checks to report them.
import type { ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { hashPassword } from "../../lib/auth/password";
import { Prisma } from "../../lib/generated/prisma/client";
import { respondentKeyOf } from "../../lib/surveys/respondent-token";
import { findFreePort } from "../../scripts/lib/embedded-db";
import { projectRoot } from "../../scripts/lib/paths";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { demoAccount, e2eDatabaseUrl, serverInfo } from "../helpers/accounts";
import { spawnAppServer } from "../helpers/app-process";
import { expireCachedPages } from "../helpers/cache";

const prisma = createPrisma(e2eDatabaseUrl());
const RUN = Date.now().toString(36);
const MARK = `crash-${RUN}`;
const KILLS = 2;
/** Load before each kill, and after the last restart. */
const LOAD_MS = 6_000;
/** The space accepts 10 posts per user in 10 minutes: many users, each posting at a slow pace. */
const POST_USERS = 16;
const POST_PAUSE_MS = 3_000;
const SURVEY_WORKERS = 3;
const PROJECT_COUNT = 2;
const PASSWORD = "une phrase de passe pour la charge";
const FIRST_PLANNED = "2027-01-01";
/** The space's "too many posts" message (messages/fr/space.json), up to its first full stop. */
const RATE_LIMITED_TEXT = (
  JSON.parse(readFileSync(path.join(projectRoot, "messages", "fr", "space.json"), "utf8")) as { errors: { rateLimited: string } }
).errors.rateLimited.split(".")[0]!;

test.setTimeout(150_000);

type Kind = "survey" | "thread" | "reply" | "edit";
const KINDS: Kind[] = ["survey", "thread", "reply", "edit"];
type Answer = { status: number; location: string; token: string | null; text: string };
/** unreachable: the connection was refused (nothing sent); lost: sent, but no status came back. */
type Sent = Answer | "unreachable" | "lost";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const addDays = (iso: string, days: number) => day(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000))!;

// ---------------------------------------------------------------- the instance

type Instance = {
  port: number;
  origin: string;
  env: Record<string, string>;
  child: ChildProcess | null;
  exited: Promise<unknown>;
  generation: number;
  output: string;
};
let instance: Instance | null = null;
const startTimes: number[] = [];

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await sleep(100);
  }
  return check();
}

const refusesConnections = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(false)));
    socket.once("error", () => resolve(true));
  });

async function startInstance(target: Instance): Promise<void> {
  const started = Date.now();
  const child = spawnAppServer(target.port, { ...process.env, ...target.env }, "pipe");
  target.child = child;
  target.exited = new Promise((resolve) => child.once("exit", resolve));
  const keep = (chunk: Buffer) => (target.output = (target.output + chunk.toString()).slice(-4_000));
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const healthy = await waitFor(async () => {
    if (child.exitCode !== null || child.signalCode !== null) return true;
    return fetch(`${target.origin}/api/health`, { headers: { connection: "close" }, signal: AbortSignal.timeout(3_000) })
      .then((response) => response.ok)
      .catch(() => false);
  }, 60_000);
  if (!healthy || child.exitCode !== null || child.signalCode !== null) throw new Error(`the instance did not start:\n${target.output}`);
  target.generation++;
  startTimes.push(Date.now() - started);
}

/** The process and its descendants, from /proc (parent ids). */
function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  return tree;
}

/** Only processes started for this port are ever signalled. */
function servesPort(pid: number, port: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/environ`, "utf8").split("\0").includes(`PORT=${port}`);
  } catch {
    return false;
  }
}

/** The instance's processes (the server and any child it started), checked to be ours by their PORT. */
function processesOf(target: Instance): number[] {
  const pid = target.child!.pid!;
  const pids = processTree(pid).filter((candidate) => servesPort(candidate, target.port));
  if (!pids.includes(pid)) throw new Error(`process ${pid} does not serve port ${target.port}`);
  return pids;
}

/**
 * SIGKILL, not a graceful stop: requests in progress die with the process and its database
 * connections. `whenReady` runs between finding the processes and signalling them, so the
 * kill follows it within a millisecond.
 */
async function killInstance(target: Instance, whenReady: () => Promise<void> = async () => {}): Promise<void> {
  const pids = processesOf(target);
  await whenReady();
  for (const victim of pids) {
    try {
      process.kill(victim, "SIGKILL");
    } catch {
      // already gone
    }
  }
  await target.exited;
  expect(await waitFor(() => refusesConnections(target.port), 10_000), "the killed instance still accepts connections").toBe(true);
}

async function stopInstance(target: Instance): Promise<void> {
  const child = target.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  if (!servesPort(child.pid!, target.port)) return;
  child.kill("SIGTERM");
  const stopped = await Promise.race([target.exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) await killInstance(target);
}

/**
 * When to kill. `xids`: transactions of the app that have written, are not committed, and
 * wait for the app's next statement (the e2e server is idle meanwhile, so they are the
 * instance's): a kill now cuts a multi-statement write in the middle. `halfWritten`: records
 * of the load visible without their other part (a thread without post, a post without
 * version, a response without answers, a project version without its history): never seen
 * while writes are atomic, and the moment to kill if they are not.
 */
async function findCutPoint(): Promise<{ xids: string[]; halfWritten: number }> {
  const users = fixture.users.map((user) => user.id);
  const projects = fixture.projects.map((project) => project.id);
  const [row] = await prisma.$queryRaw<Array<{ xids: string[] | null; halfWritten: number }>>`
    SELECT
      (SELECT array_agg(backend_xid::text) FROM pg_stat_activity
        WHERE application_name = 'egov-portal' AND state = 'idle in transaction' AND backend_xid IS NOT NULL) AS xids,
      ((SELECT count(*) FROM "Thread" t WHERE t."authorId" = ANY(${users}::int[]) AND NOT EXISTS (SELECT 1 FROM "Post" p WHERE p."threadId" = t.id))
        + (SELECT count(*) FROM "Post" p WHERE p."authorId" = ANY(${users}::int[]) AND NOT EXISTS (SELECT 1 FROM "PostVersion" v WHERE v."postId" = p.id))
        + (SELECT count(*) FROM "SurveyResponse" r WHERE r."surveyId" = ${fixture.surveyId} AND NOT EXISTS (SELECT 1 FROM "SurveyAnswer" a WHERE a."responseId" = r.id))
        + (SELECT count(*) FROM "Project" p WHERE p.id = ANY(${projects}::int[])
            AND p.version - 1 <> (SELECT count(DISTINCT c.reason) FROM "ProjectChange" c WHERE c."projectId" = p.id)))::int AS "halfWritten"`;
  return { xids: row?.xids ?? [], halfWritten: row?.halfWritten ?? 0 };
}

// ---------------------------------------------------------------- requests

const stats = Object.fromEntries(KINDS.map((kind) => [kind, { acknowledged: 0, refused: 0, lost: 0, unreachable: 0, inFlight: 0 }])) as Record<
  Kind,
  { acknowledged: number; refused: number; lost: number; unreachable: number; inFlight: number }
>;

/** One POST on its own connection, same-origin, as a browser would send it; redirects are not followed. */
async function send(kind: Kind, pathname: string, body: BodyInit, headers: Record<string, string>): Promise<Sent> {
  const { origin } = instance!;
  stats[kind].inFlight++;
  try {
    const response = await fetch(`${origin}${pathname}`, {
      method: "POST",
      body,
      headers: { origin, connection: "close", ...headers },
      redirect: "manual",
      signal: AbortSignal.timeout(20_000),
    });
    // The status was decided after the write committed: a body cut off by a kill does not change it.
    const text = await response.text().catch(() => "");
    return { status: response.status, location: response.headers.get("location") ?? "", token: response.headers.get("x-respondent-token"), text };
  } catch (error) {
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === "ECONNREFUSED") {
      stats[kind].unreachable++;
      return "unreachable";
    }
    stats[kind].lost++;
    return "lost";
  } finally {
    stats[kind].inFlight--;
  }
}

type Entries = Array<[string, string]>;

/** The multipart body of a captured form, with some fields changed (added when absent). */
function formOf(entries: Entries, changes: Record<string, string>): FormData {
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, name in changes ? changes[name]! : value);
  for (const [name, value] of Object.entries(changes)) if (!entries.some(([field]) => field === name)) body.append(name, value);
  return body;
}

/** The form's no-JavaScript payload, as the signed-in user's browser would post it. */
async function captureForm(browser: Browser, pathname: string, selector: string, cookie: string | null): Promise<Entries> {
  const { origin } = instance!;
  const context = await browser.newContext({ javaScriptEnabled: false });
  if (cookie)
    await context.addCookies(
      cookie.split("; ").map((pair) => {
        const at = pair.indexOf("=");
        return { name: pair.slice(0, at), value: pair.slice(at + 1), url: origin };
      }),
    );
  const page = await context.newPage();
  expect((await page.goto(`${origin}${pathname}`))?.status(), pathname).toBe(200);
  const entries = await page
    .locator(selector)
    .first()
    .evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]));
  await context.close();
  return entries;
}

async function signInOnInstance(signInForm: Entries, email: string, password: string): Promise<string> {
  const { origin } = instance!;
  const response = await fetch(`${origin}/fr/sign-in`, {
    method: "POST",
    body: formOf(signInForm, { email, password }),
    headers: { origin, connection: "close" },
    redirect: "manual",
  });
  await response.text();
  expect(response.status, `sign-in of ${email}`).toBe(303);
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
  expect(cookies.length).toBeGreaterThan(0);
  return cookies.join("; ");
}

// ---------------------------------------------------------------- fixtures

type TestProject = { id: number; slug: string; milestoneId: number; form: Entries };
type Fixture = {
  surveyId: number;
  questions: { single: number; multiple: number; rating: number; text: number };
  singleOptions: number[];
  multipleOptions: number[];
  users: Array<{ id: number; email: string; cookie: string; isLimited: boolean }>;
  categoryId: number;
  captureThreadId: number;
  projects: TestProject[];
};
const fixture: Fixture = {
  surveyId: 0,
  questions: { single: 0, multiple: 0, rating: 0, text: 0 },
  singleOptions: [],
  multipleOptions: [],
  users: [],
  categoryId: 0,
  captureThreadId: 0,
  projects: [],
};

async function createFixtures(): Promise<void> {
  const passwordHash = await hashPassword(PASSWORD);
  for (let u = 0; u < POST_USERS; u++) {
    const user = await prisma.user.create({
      data: { email: `${MARK}-${u}@demo.egov.local`, name: `Charge ${u}`, role: "STAKEHOLDER", passwordHash },
      select: { id: true, email: true },
    });
    fixture.users.push({ ...user, cookie: "", isLimited: false });
  }
  // A survey of its own, opened long ago (so never "the" open survey of the home page).
  const option = (count: number) => ({ create: Array.from({ length: count }, (_, i) => ({ position: i + 1, labelFr: `Option ${i + 1}` })) });
  const survey = await prisma.survey.create({
    data: {
      slug: MARK,
      kind: "SITE_FEEDBACK",
      titleFr: "Enquête de charge",
      descriptionFr: "Créée par tests/e2e/crash-consistency.spec.ts.",
      opensAt: new Date("2020-01-01T00:00:00Z"),
      questions: {
        create: [
          { position: 1, kind: "SINGLE_CHOICE", promptFr: "Un choix", options: option(3) },
          { position: 2, kind: "MULTIPLE_CHOICE", promptFr: "Plusieurs choix", minChoices: 1, maxChoices: 3, options: option(4) },
          { position: 3, kind: "RATING", promptFr: "Une note" },
          { position: 4, kind: "FREE_TEXT", promptFr: "Un avis", maxLength: 200 },
        ],
      },
    },
    select: { id: true, questions: { orderBy: { position: "asc" }, select: { id: true, options: { orderBy: { position: "asc" }, select: { id: true } } } } },
  });
  const [single, multiple, rating, text] = survey.questions;
  fixture.surveyId = survey.id;
  fixture.questions = { single: single!.id, multiple: multiple!.id, rating: rating!.id, text: text!.id };
  fixture.singleOptions = single!.options.map((o) => o.id);
  fixture.multipleOptions = multiple!.options.map((o) => o.id);

  const template = await prisma.project.findFirstOrThrow({ orderBy: { id: "asc" }, select: { programmeId: true, ownerOrganizationId: true } });
  for (let i = 0; i < PROJECT_COUNT; i++) {
    const project = await prisma.project.create({
      data: {
        slug: `${MARK}-${i}`,
        code: `${MARK}-${i}`.toUpperCase(),
        programmeId: template.programmeId,
        ownerOrganizationId: template.ownerOrganizationId,
        kind: "PROJECT",
        titleFr: `Projet de charge ${i}`,
        summaryFr: "Créé par tests/e2e/crash-consistency.spec.ts.",
        status: "IN_PROGRESS",
        progress: 10,
        milestones: { create: [{ position: 1, titleFr: "Jalon", baselineOn: new Date(FIRST_PLANNED), plannedOn: new Date(FIRST_PLANNED) }] },
      },
      select: { id: true, slug: true, milestones: { select: { id: true } } },
    });
    fixture.projects.push({ id: project.id, slug: project.slug, milestoneId: project.milestones[0]!.id, form: [] });
  }

  // A thread to take the reply form from, by someone who is not one of the load's authors.
  const category = await prisma.discussionCategory.findUniqueOrThrow({ where: { slug: "echanges-generaux" }, select: { id: true } });
  fixture.categoryId = category.id;
  const editor = await prisma.user.findUniqueOrThrow({ where: { email: demoAccount("DPGOV_EDITOR").email }, select: { id: true } });
  const thread = await prisma.thread.create({
    data: { categoryId: category.id, title: `${MARK} formulaire`, authorId: editor.id, posts: { create: { authorId: editor.id, body: "Ouverture." } } },
    select: { id: true },
  });
  fixture.captureThreadId = thread.id;
}

async function removeFixtures(): Promise<void> {
  const userIds = fixture.users.map((user) => user.id);
  if (fixture.captureThreadId) await prisma.thread.delete({ where: { id: fixture.captureThreadId } });
  await prisma.thread.deleteMany({ where: { authorId: { in: userIds } } });
  if (fixture.surveyId) {
    // Answers first: an option with answers cannot be deleted (ON DELETE RESTRICT).
    await prisma.surveyResponse.deleteMany({ where: { surveyId: fixture.surveyId } });
    await prisma.survey.delete({ where: { id: fixture.surveyId } });
  }
  await prisma.project.deleteMany({ where: { id: { in: fixture.projects.map((p) => p.id) } } });
  // Their audit entries keep the accounts (ON DELETE RESTRICT): disabled instead.
  await prisma.user.updateMany({ where: { id: { in: userIds } }, data: { disabledAt: new Date() } });
}

// ---------------------------------------------------------------- the load

type Acks = {
  surveys: Array<{ marker: string; respondentKey: string; generation: number }>;
  threads: Array<{ threadId: number; title: string; body: string; generation: number }>;
  replies: Array<{ postId: number; threadId: number; body: string; generation: number }>;
  edits: Array<{ projectId: number; reason: string; progress: number; planned: string; generation: number }>;
};
const acks: Acks = { surveys: [], threads: [], replies: [], edits: [] };
const load = { isStopping: false, surveySeq: 0 };

/** A distinct address per response (198.18.0.0/15, the benchmarking range): the per-address limit is not what is tested. */
const addressOf = (n: number) => `198.${18 + ((n >> 16) & 1)}.${(n >> 8) & 255}.${n & 255}`;

async function surveyWorker(): Promise<void> {
  const { questions, singleOptions, multipleOptions } = fixture;
  while (!load.isStopping) {
    const n = ++load.surveySeq;
    const marker = `${MARK}-s${n}`;
    const answers = {
      [questions.single]: singleOptions[n % 3],
      [questions.multiple]: [multipleOptions[n % 4], multipleOptions[(n + 1) % 4]],
      [questions.rating]: 1 + (n % 5),
      [questions.text]: marker,
    };
    // No respondent token: the API issues a new one to each submission, and says which.
    const sent = await send("survey", `/api/v1/surveys/${fixture.surveyId}/responses`, JSON.stringify({ answers }), {
      "content-type": "application/json",
      "x-forwarded-for": addressOf(n),
    });
    if (typeof sent === "string") {
      await sleep(150);
      continue;
    }
    const token = sent.token?.split(".")[0];
    if (sent.status === 201 && token) {
      stats.survey.acknowledged++;
      acks.surveys.push({ marker, respondentKey: respondentKeyOf(token, fixture.surveyId), generation: instance!.generation });
    } else stats.survey.refused++;
  }
}

async function postWorker(u: number, forms: { thread: Entries; reply: Entries }): Promise<void> {
  const user = fixture.users[u]!;
  let threadId: number | null = null;
  await sleep((u * POST_PAUSE_MS) / POST_USERS); // spread the users over the pause
  for (let n = 1; !load.isStopping && !user.isLimited; n++) {
    const started = Date.now();
    const kind: Kind = threadId === null ? "thread" : "reply";
    const title: string = `Crash ${RUN} u${u} n${n}`;
    const body: string = `${MARK}-${kind === "thread" ? "t" : "r"}-u${u}-n${n} : message de charge`;
    const sent: Sent =
      kind === "thread"
        ? await send(kind, "/fr/space/categories/echanges-generaux/new", formOf(forms.thread, { title, body }), { cookie: user.cookie })
        : await send(kind, `/fr/space/threads/${threadId}`, formOf(forms.reply, { threadId: String(threadId), to: "", body }), { cookie: user.cookie });
    if (typeof sent === "string") {
      await sleep(150);
      continue;
    }
    // Success is the action's redirect to the new post; a refusal re-renders the form (200).
    const created: RegExpExecArray | null =
      kind === "thread"
        ? /\/fr\/space\/threads\/(\d+)\?posted=1$/.exec(sent.location)
        : /\/fr\/space\/threads\/(\d+)\?(?:page=\d+&)?posted=1#post-(\d+)$/.exec(sent.location);
    if (sent.status === 303 && created) {
      stats[kind].acknowledged++;
      const generation = instance!.generation;
      if (kind === "thread") {
        threadId = Number(created[1]);
        acks.threads.push({ threadId, title, body, generation });
      } else acks.replies.push({ threadId: Number(created[1]), postId: Number(created[2]), body, generation });
    } else {
      stats[kind].refused++;
      if (sent.text.includes(RATE_LIMITED_TEXT)) user.isLimited = true;
    }
    await sleep(Math.max(0, POST_PAUSE_MS - (Date.now() - started)));
  }
}

type ProjectState = { version: number; progress: number; status: "IN_PROGRESS" | "PILOT"; planned: string };

async function readProjectState(project: TestProject): Promise<ProjectState> {
  const row = await prisma.project.findUniqueOrThrow({
    where: { id: project.id },
    select: { version: true, progress: true, status: true, milestones: { select: { plannedOn: true } } },
  });
  return {
    version: row.version,
    progress: row.progress,
    status: row.status === "PILOT" ? "PILOT" : "IN_PROGRESS",
    planned: day(row.milestones[0]!.plannedOn)!,
  };
}

/** One editor per project, one edit after the other: each changes the progress and the milestone, every third the status too. */
async function projectWorker(index: number, cookie: string): Promise<void> {
  const project = fixture.projects[index]!;
  let known: ProjectState | null = null;
  for (let n = 1; !load.isStopping; n++) {
    // After an unanswered edit, the version is whatever the database says (the edit may have committed).
    known ??= await readProjectState(project);
    const progress: number = known.progress >= 95 ? 1 : known.progress + 1 + (n % 3);
    const status: ProjectState["status"] = n % 3 === 0 ? (known.status === "PILOT" ? "IN_PROGRESS" : "PILOT") : known.status;
    const planned: string = addDays("2028-01-01", n);
    const reason: string = `${MARK}-p${index}-e${n} : avancement ${progress}`;
    const body: FormData = formOf(project.form, {
      version: String(known.version),
      status,
      progress: String(progress),
      [`milestone-${project.milestoneId}-planned`]: planned,
      reason,
    });
    const sent: Sent = await send("edit", `/fr/staff/projects/${project.slug}`, body, { cookie });
    if (typeof sent !== "string" && sent.status === 303 && sent.location.endsWith(`/fr/staff/projects/${project.slug}?saved=1`)) {
      stats.edit.acknowledged++;
      acks.edits.push({ projectId: project.id, reason, progress, planned, generation: instance!.generation });
      known = { version: known.version + 1, progress, status, planned };
      continue;
    }
    if (typeof sent !== "string") stats.edit.refused++;
    known = null;
    if (typeof sent === "string") await sleep(150);
  }
}

// ---------------------------------------------------------------- the checks

/** Everything wrong in the database, as sentences; empty when every acknowledged write is whole and present. */
async function findProblems(): Promise<string[]> {
  const problems: string[] = [];
  const { surveyId, questions } = fixture;

  // Surveys: every response has its 5 answer rows; tallies equal live counts.
  const responses = await prisma.surveyResponse.findMany({
    where: { surveyId },
    select: { id: true, respondentKey: true, submittedAt: true, answers: { select: { questionId: true, optionId: true, rating: true, text: true } } },
  });
  const byKey = new Map(responses.map((response) => [response.respondentKey, response]));
  const seenMarkers = new Set<string>();
  const live = new Map<string, number>();
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const response of responses) {
    const of = (questionId: number) => response.answers.filter((answer) => answer.questionId === questionId);
    const single = of(questions.single);
    const multiple = of(questions.multiple);
    const rating = of(questions.rating);
    const text = of(questions.text);
    const isWhole =
      response.answers.length === 5 &&
      single.length === 1 &&
      fixture.singleOptions.includes(single[0]!.optionId!) &&
      multiple.length === 2 &&
      new Set(multiple.map((a) => a.optionId)).size === 2 &&
      multiple.every((a) => fixture.multipleOptions.includes(a.optionId!)) &&
      rating.length === 1 &&
      rating[0]!.rating! >= 1 &&
      rating[0]!.rating! <= 5 &&
      text.length === 1 &&
      new RegExp(`^${MARK}-s\\d+$`).test(text[0]!.text ?? "");
    if (!isWhole) problems.push(`survey response ${response.id} is half-written: ${response.answers.length} answer rows instead of 5`);
    const marker = text[0]?.text ?? "";
    if (seenMarkers.has(marker)) problems.push(`survey answer ${marker} stored twice`);
    seenMarkers.add(marker);
    for (const answer of response.answers) {
      if (answer.optionId !== null) bump(live, `${answer.questionId}|${answer.optionId}|0`);
      if (answer.rating !== null) bump(live, `${answer.questionId}|0|${answer.rating}`);
    }
    for (const questionId of new Set(response.answers.map((answer) => answer.questionId))) bump(live, `${questionId}|0|0`);
  }
  for (const ack of acks.surveys) {
    const response = byKey.get(ack.respondentKey);
    if (!response) problems.push(`acknowledged survey response ${ack.marker} is missing`);
    else if (!response.answers.some((answer) => answer.text === ack.marker)) problems.push(`acknowledged survey response ${ack.marker} lacks its text answer`);
  }
  // A count is its tally row plus, where the tallies are kept as deltas folded now and then
  // (migration 20261123060000_survey_tally_deltas), its pending deltas: what results pages show.
  const [deltas] = await prisma.$queryRaw<Array<{ exist: boolean }>>`
    SELECT to_regclass('"SurveyAnswerTallyDelta"') IS NOT NULL AND to_regclass('"SurveyResponseHourDelta"') IS NOT NULL AS exist`;
  const pendingAnswers = deltas?.exist ? Prisma.sql`UNION ALL SELECT "questionId", "optionId", "rating", "count" FROM "SurveyAnswerTallyDelta"` : Prisma.empty;
  const pendingHours = deltas?.exist ? Prisma.sql`UNION ALL SELECT "surveyId", "hour", "count" FROM "SurveyResponseHourDelta"` : Prisma.empty;
  const tallies = await prisma.$queryRaw<Array<{ key: string; count: number }>>`
    SELECT t."questionId" || '|' || t."optionId" || '|' || t."rating" AS key, sum(t."count")::int AS count
    FROM (SELECT "questionId", "optionId", "rating", "count" FROM "SurveyAnswerTally" ${pendingAnswers}) t
    JOIN "SurveyQuestion" q ON q.id = t."questionId"
    WHERE q."surveyId" = ${surveyId}
    GROUP BY 1`;
  const tallied = new Map(tallies.map((tally) => [tally.key, tally.count]));
  for (const key of new Set([...live.keys(), ...tallied.keys()]))
    if ((tallied.get(key) ?? 0) !== (live.get(key) ?? 0)) problems.push(`survey tally ${key} is ${tallied.get(key) ?? 0}, live count ${live.get(key) ?? 0}`);
  const hours = await prisma.$queryRaw<Array<{ hour: string; count: number }>>`
    SELECT to_char(h."hour", 'YYYY-MM-DD"T"HH24') AS hour, sum(h."count")::int AS count
    FROM (SELECT "surveyId", "hour", "count" FROM "SurveyResponseHour" ${pendingHours}) h
    WHERE h."surveyId" = ${surveyId}
    GROUP BY 1`;
  const liveHours = new Map<string, number>();
  for (const response of responses) bump(liveHours, `${response.submittedAt.toISOString().slice(0, 13)}`);
  const talliedHours = new Map(hours.map((hour) => [hour.hour, hour.count]));
  for (const key of new Set([...liveHours.keys(), ...talliedHours.keys()]))
    if ((talliedHours.get(key) ?? 0) !== (liveHours.get(key) ?? 0))
      problems.push(`survey responses of hour ${key}: tally ${talliedHours.get(key) ?? 0}, live count ${liveHours.get(key) ?? 0}`);

  // Space: every thread of the load's authors has its opening post, every post its version and audit entry.
  const userIds = fixture.users.map((user) => user.id);
  const threads = await prisma.thread.findMany({
    where: { authorId: { in: userIds } },
    select: {
      id: true,
      title: true,
      authorId: true,
      createdAt: true,
      lastPostAt: true,
      subscriptions: { select: { userId: true } },
      posts: {
        orderBy: { id: "asc" },
        select: { id: true, authorId: true, parentId: true, body: true, createdAt: true, versions: { select: { body: true } } },
      },
    },
  });
  const audit = await prisma.auditLog.findMany({
    where: { actorUserId: { in: userIds }, action: { in: ["space.thread.create", "space.post.create"] } },
    select: { action: true, entityId: true, detail: true },
  });
  const audited = new Set(audit.map((entry) => `${entry.action}|${entry.entityId}|${(entry.detail as { postId?: number } | null)?.postId ?? ""}`));
  const postsById = new Map<number, { threadId: number; body: string }>();
  for (const thread of threads) {
    const [opening, ...replies] = thread.posts;
    if (!opening) {
      problems.push(`thread ${thread.id} has no post`);
      continue;
    }
    const label = /^Crash \S+ u(\d+) n(\d+)$/.exec(thread.title);
    if (
      opening.createdAt.getTime() !== thread.createdAt.getTime() ||
      opening.authorId !== thread.authorId ||
      opening.parentId !== null ||
      !label ||
      opening.body !== `${MARK}-t-u${label[1]}-n${label[2]} : message de charge`
    )
      problems.push(`thread ${thread.id}'s first post ${opening.id} is not its opening post`);
    if (!thread.subscriptions.some((subscription) => subscription.userId === thread.authorId))
      problems.push(`thread ${thread.id} lacks its author's subscription`);
    if (!audited.has(`space.thread.create|${thread.id}|${opening.id}`)) problems.push(`thread ${thread.id} lacks its audit entry`);
    for (const post of thread.posts) {
      postsById.set(post.id, { threadId: thread.id, body: post.body });
      if (post.versions.length !== 1 || post.versions[0]!.body !== post.body)
        problems.push(`post ${post.id} has ${post.versions.length} versions instead of its first`);
    }
    for (const reply of replies) if (!audited.has(`space.post.create|${reply.id}|`)) problems.push(`reply ${reply.id} lacks its audit entry`);
    // Each author posts one after the other, so the last reply (or the opening) sets lastPostAt.
    const last = replies.at(-1);
    if (last ? thread.lastPostAt.getTime() !== last.createdAt.getTime() : thread.lastPostAt.getTime() < thread.createdAt.getTime())
      problems.push(`thread ${thread.id}'s lastPostAt does not match its last post`);
  }
  for (const ack of acks.threads) {
    const thread = threads.find((candidate) => candidate.id === ack.threadId);
    if (!thread || thread.title !== ack.title || thread.posts[0]?.body !== ack.body)
      problems.push(`acknowledged thread ${ack.threadId} (${ack.title}) is missing or not whole`);
  }
  for (const ack of acks.replies) {
    const post = postsById.get(ack.postId);
    if (!post || post.threadId !== ack.threadId || post.body !== ack.body) problems.push(`acknowledged reply ${ack.postId} is missing or not whole`);
  }

  // Projects: one history group and one audit entry per version step; each field's history chains to its current value.
  for (const project of fixture.projects) {
    const row = await prisma.project.findUniqueOrThrow({
      where: { id: project.id },
      select: {
        version: true,
        status: true,
        progress: true,
        milestones: { select: { plannedOn: true } },
        changes: { orderBy: { id: "asc" }, select: { field: true, fromValue: true, toValue: true, reason: true, milestoneId: true } },
      },
    });
    const groups = new Map<string, typeof row.changes>();
    for (const change of row.changes) groups.set(change.reason, [...(groups.get(change.reason) ?? []), change]);
    if (groups.size !== row.version - 1) problems.push(`project ${project.slug}: version ${row.version} after ${groups.size} edits in its history`);
    for (const [reason, changes] of groups) {
      const count = (field: string) => changes.filter((change) => change.field === field).length;
      if (count("PROGRESS") !== 1 || count("MILESTONE_PLANNED") !== 1 || count("STATUS") > 1 || changes.length !== 2 + count("STATUS"))
        problems.push(`project ${project.slug}: edit "${reason}" has an incomplete history (${changes.map((c) => c.field).join(", ")})`);
    }
    const chains: Array<[string, string | null, string | null]> = [
      ["STATUS", "IN_PROGRESS", row.status],
      ["PROGRESS", "10", String(row.progress)],
      ["MILESTONE_PLANNED", FIRST_PLANNED, day(row.milestones[0]?.plannedOn ?? null)],
    ];
    for (const [field, created, current] of chains) {
      let value = created;
      for (const change of row.changes.filter((c) => c.field === field)) {
        if (change.fromValue !== value) problems.push(`project ${project.slug}: ${field} history jumps from ${value} to a change from ${change.fromValue}`);
        value = change.toValue;
      }
      if (value !== current) problems.push(`project ${project.slug}: ${field} is ${current} but its history ends at ${value}`);
    }
    const entries = await prisma.auditLog.findMany({
      where: { action: "project.update", entityType: "Project", entityId: String(project.id) },
      select: { detail: true },
    });
    const versions = entries.map((entry) => (entry.detail as { version?: number } | null)?.version ?? 0).sort((a, b) => a - b);
    if (versions.join(",") !== Array.from({ length: row.version - 1 }, (_, i) => i + 2).join(","))
      problems.push(`project ${project.slug}: version ${row.version}, audit entries for versions [${versions.join(",")}]`);
    for (const ack of acks.edits.filter((edit) => edit.projectId === project.id)) {
      const changes = groups.get(ack.reason) ?? [];
      const to = (field: string) => changes.find((change) => change.field === field)?.toValue;
      if (to("PROGRESS") !== String(ack.progress) || to("MILESTONE_PLANNED") !== ack.planned)
        problems.push(`acknowledged edit "${ack.reason}" is missing or not whole`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- the test

test.afterAll(async () => {
  load.isStopping = true;
  if (instance) await stopInstance(instance);
  await removeFixtures();
  await expireCachedPages(prisma); // fixtures were created and removed behind the app's back
  await prisma.$disconnect();
});

test("every acknowledged write survives SIGKILL of the app under load, and none is half-written", async ({ browser }) => {
  const started = Date.now();
  await createFixtures();

  const info = serverInfo();
  const port = await findFreePort(4180);
  const origin = `http://localhost:${port}`;
  const target: Instance = {
    port,
    origin,
    env: {
      EGOV_DIST_DIR: process.env.EGOV_DIST_DIR ?? `.next-e2e-${process.env.E2E_PORT ?? "3100"}`,
      DATABASE_URL: info.databaseUrl,
      // The secrets every instance must share: sessions, respondent tokens, address salts.
      NEXTAUTH_SECRET: readFileSync(path.join(info.dataDir, "auth-secret"), "utf8").trim(),
      NEXTAUTH_URL: origin,
      LOG_LEVEL: "warn", // no log line per request: this load makes thousands
    },
    child: null,
    exited: Promise.resolve(),
    generation: 0,
    output: "",
  };
  instance = target;
  await startInstance(target);

  // Sessions and the forms' payloads, from the instance itself.
  const signInForm = await captureForm(browser, "/fr/sign-in", "form:has(#email)", null);
  const editor = demoAccount("DPGOV_EDITOR");
  const [editorCookie, ...userCookies] = await Promise.all([
    signInOnInstance(signInForm, editor.email, editor.password),
    ...fixture.users.map((user) => signInOnInstance(signInForm, user.email, PASSWORD)),
  ]);
  fixture.users.forEach((user, u) => (user.cookie = userCookies[u]!));
  const [thread, reply, ...projectForms] = await Promise.all([
    captureForm(browser, "/fr/space/categories/echanges-generaux/new", "form:has(#title)", fixture.users[0]!.cookie),
    captureForm(browser, `/fr/space/threads/${fixture.captureThreadId}`, "form:has(#body)", fixture.users[0]!.cookie),
    ...fixture.projects.map((project) => captureForm(browser, `/fr/staff/projects/${project.slug}`, "form:has(#reason)", editorCookie!)),
  ]);
  const forms = { thread: thread!, reply: reply! };
  fixture.projects.forEach((project, index) => (project.form = projectForms[index]!));
  const setupMs = Date.now() - started;

  // The load, with kills in the middle of it.
  const loadStarted = Date.now();
  const workers = [
    ...Array.from({ length: SURVEY_WORKERS }, () => surveyWorker()),
    ...fixture.users.map((_, u) => postWorker(u, forms)),
    ...fixture.projects.map((_, index) => projectWorker(index, editorCookie!)),
  ];
  const atKills: string[] = [];
  const cutTransactions: string[] = [];
  for (let kill = 0; kill < KILLS; kill++) {
    await sleep(LOAD_MS);
    // Aim the kill at the middle of a write (see findCutPoint); without one within 5 s, kill anyway.
    let cut = { xids: [] as string[], halfWritten: 0 };
    let inFlight = "";
    let inFlightCount = 0;
    await killInstance(target, async () => {
      const deadline = Date.now() + 5_000;
      while (cut.xids.length === 0 && cut.halfWritten === 0 && Date.now() < deadline) cut = await findCutPoint();
      inFlight = KINDS.map((kind) => `${kind} ${stats[kind].inFlight}`).join(", ");
      inFlightCount = KINDS.reduce((sum, kind) => sum + stats[kind].inFlight, 0);
    });
    atKills.push(`${inFlight} in flight, ${cut.xids.length} write transactions open, ${cut.halfWritten} half-written records visible`);
    expect(inFlightCount, "writes in progress at the kill").toBeGreaterThan(0);
    cutTransactions.push(...cut.xids);
    await sleep(300); // the load meets a closed port for a moment
    await startInstance(target);
  }
  await sleep(LOAD_MS);
  load.isStopping = true;
  await Promise.all(workers);
  const loadMs = Date.now() - loadStarted;
  await stopInstance(target);
  // The kills cut writes in the middle: PostgreSQL rolled those transactions back.
  const fates = await prisma.$queryRaw<
    Array<{ status: string | null }>
  >`SELECT pg_xact_status(x::xid8)::text AS status FROM unnest(${cutTransactions}::text[]) AS x`;
  const rolledBack = fates.filter((fate) => fate.status === "aborted").length;

  // Load happened on every generation of the instance, of every kind.
  for (let generation = 1; generation <= KILLS + 1; generation++) {
    expect(acks.surveys.filter((ack) => ack.generation === generation).length, `survey responses acknowledged by generation ${generation}`).toBeGreaterThan(0);
    expect(
      acks.threads.filter((ack) => ack.generation === generation).length + acks.replies.filter((ack) => ack.generation === generation).length,
      `posts acknowledged by generation ${generation}`,
    ).toBeGreaterThan(0);
    expect(acks.edits.filter((ack) => ack.generation === generation).length, `project edits acknowledged by generation ${generation}`).toBeGreaterThan(0);
  }
  expect(acks.replies.length).toBeGreaterThan(0);

  expect(await findProblems()).toEqual([]);
  // …and the faults were the ones that matter: at least one kill cut a write in its middle.
  expect(rolledBack, "write transactions a kill cut in the middle (rolled back by PostgreSQL)").toBeGreaterThan(0);

  // What the database holds beyond what was acknowledged: writes cut off by a kill that committed anyway.
  const stored = {
    survey: await prisma.surveyResponse.count({ where: { surveyId: fixture.surveyId } }),
    thread: await prisma.thread.count({ where: { authorId: { in: fixture.users.map((user) => user.id) } } }),
    reply: await prisma.post.count({ where: { authorId: { in: fixture.users.map((user) => user.id) } } }),
    edit: (await prisma.project.findMany({ where: { id: { in: fixture.projects.map((p) => p.id) } }, select: { version: true } })).reduce(
      (sum, p) => sum + p.version - 1,
      0,
    ),
  };
  stored.reply -= stored.thread; // every post but the opening ones

  // The checks see half-written records: plant one of each kind and expect it reported.
  const planted = await prisma.surveyResponse.create({ data: { surveyId: fixture.surveyId, respondentKey: `${MARK}-planted` }, select: { id: true } });
  const bareThread = await prisma.thread.create({
    data: { categoryId: fixture.categoryId, title: `Crash ${RUN} u0 n0`, authorId: fixture.users[0]!.id },
    select: { id: true },
  });
  const project = fixture.projects[0]!;
  const before = await prisma.project.findUniqueOrThrow({ where: { id: project.id }, select: { progress: true } });
  await prisma.project.update({ where: { id: project.id }, data: { progress: (before.progress + 50) % 100 } });
  const tallyKey = { questionId: fixture.questions.rating, optionId: 0, rating: 3 };
  const tallyRow = await prisma.surveyAnswerTally.findUnique({ where: { questionId_optionId_rating: tallyKey }, select: { count: true } });
  await prisma.surveyAnswerTally.upsert({
    where: { questionId_optionId_rating: tallyKey },
    create: { ...tallyKey, count: 1 },
    update: { count: { increment: 1 } },
  });
  const reported = await findProblems();
  if (tallyRow) await prisma.surveyAnswerTally.update({ where: { questionId_optionId_rating: tallyKey }, data: { count: tallyRow.count } });
  else await prisma.surveyAnswerTally.delete({ where: { questionId_optionId_rating: tallyKey } });
  await prisma.project.update({ where: { id: project.id }, data: { progress: before.progress } });
  await prisma.thread.delete({ where: { id: bareThread.id } });
  await prisma.surveyResponse.delete({ where: { id: planted.id } });
  expect(reported).toEqual(
    expect.arrayContaining([
      `survey response ${planted.id} is half-written: 0 answer rows instead of 5`,
      `thread ${bareThread.id} has no post`,
      expect.stringMatching(new RegExp(`^project ${project.slug}: PROGRESS is \\d+ but its history ends at \\d+$`)),
      expect.stringMatching(new RegExp(`^survey tally ${tallyKey.questionId}\\|0\\|3 is \\d+, live count \\d+$`)),
    ]),
  );
  expect(await findProblems()).toEqual([]);

  const summary = KINDS.map((kind) => {
    const acknowledged = { survey: acks.surveys, thread: acks.threads, reply: acks.replies, edit: acks.edits }[kind].length;
    const s = stats[kind];
    return `${kind}: ${acknowledged} acknowledged, all stored whole; ${stored[kind] - acknowledged} more stored whole without an acknowledgement; ${s.lost} cut by a kill, ${s.refused} refused by the app, ${s.unreachable} met a closed port`;
  });
  test.info().annotations.push(
    { type: "writes", description: summary.join("; ") },
    {
      type: "kills",
      description: `${KILLS} SIGKILLs: ${atKills.join(" | ")}; ${rolledBack} of the ${cutTransactions.length} open write transactions rolled back`,
    },
    { type: "timing", description: `setup ${setupMs} ms, load ${loadMs} ms, total ${Date.now() - started} ms, instance starts ${startTimes.join("/")} ms` },
  );
  console.log(
    [
      "[crash-consistency]",
      ...summary,
      `kills: ${atKills.join(" | ")}; ${rolledBack} of the ${cutTransactions.length} open write transactions rolled back`,
      `setup ${setupMs} ms, load ${loadMs} ms, total ${Date.now() - started} ms, instance starts ${startTimes.join("/")} ms`,
    ].join("\n  "),
  );
});
