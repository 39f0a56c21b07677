// Authorization, proven: every back-office server action is replayed directly against its
// endpoint (the form's own no-JavaScript payload, captured from an administrator's page) as
// each kind of caller, and the database is checked for what must and must not change.
import { expect, test, type APIRequestContext, type Browser, type BrowserContext } from "@playwright/test";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { hashPassword } from "../../lib/auth/password";
import { demoAccount, e2eDatabaseUrl, signIn, type DemoRole } from "../helpers/accounts";
import { expireCachedPages } from "../helpers/cache";

const prisma = createPrisma(e2eDatabaseUrl());
const OWN_PROJECT = "watiqa-ma"; // owned by the Ministry of the Interior, the SPGOV demo account's
type Caller = "anonymous" | "STAKEHOLDER" | "SPGOV_EDITOR of the owner" | "SPGOV_EDITOR of another organisation" | "DPGOV_EDITOR" | "MODERATOR" | "ADMIN";
const CALLERS: Caller[] = ["anonymous", "STAKEHOLDER", "SPGOV_EDITOR of the owner", "SPGOV_EDITOR of another organisation", "DPGOV_EDITOR", "MODERATOR", "ADMIN"];

const contexts = new Map<Caller, BrowserContext>();
let admin: BrowserContext;
let target: { id: number; email: string };
const OTHER_SPGOV = { email: `spgov-other-${Date.now()}@demo.egov.local`, password: "une autre phrase de passe" };

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

test.beforeAll(async ({ browser }) => {
  const justice = await prisma.organization.findFirstOrThrow({ where: { slug: { not: "ministere-interieur" }, kind: "MINISTRY" }, select: { id: true } });
  await prisma.user.create({ data: { email: OTHER_SPGOV.email, name: "SPGOV autre ministère", role: "SPGOV_EDITOR", organizationId: justice.id, passwordHash: await hashPassword(OTHER_SPGOV.password) } });
  const created = await prisma.user.create({ data: { email: `target-${Date.now()}@demo.egov.local`, name: "Compte cible", role: "STAKEHOLDER" } });
  target = { id: created.id, email: created.email };
  const roleOf: Record<Exclude<Caller, "anonymous">, DemoRole | typeof OTHER_SPGOV> = {
    STAKEHOLDER: "STAKEHOLDER",
    "SPGOV_EDITOR of the owner": "SPGOV_EDITOR",
    "SPGOV_EDITOR of another organisation": OTHER_SPGOV,
    DPGOV_EDITOR: "DPGOV_EDITOR",
    MODERATOR: "MODERATOR",
    ADMIN: "ADMIN",
  };
  contexts.set("anonymous", await browser.newContext());
  for (const [caller, role] of Object.entries(roleOf) as Array<[Exclude<Caller, "anonymous">, DemoRole | typeof OTHER_SPGOV]>) contexts.set(caller, await signedIn(browser, role));
  admin = await signedIn(browser, "ADMIN");
});

test.afterAll(async () => {
  await removeContentFixtures();
  await expireCachedPages(prisma); // the fixtures were removed behind the app's back
  for (const context of contexts.values()) await context.close();
  await admin?.close();
  await prisma.$disconnect();
});

async function signedIn(browser: Browser, role: DemoRole | typeof OTHER_SPGOV): Promise<BrowserContext> {
  const context = await browser.newContext();
  await signIn(await context.newPage(), role);
  return context;
}

/**
 * The multipart body a no-JavaScript browser would post for the form (as the administrator
 * sees it, unless another context is given), with some fields changed; a changed field the
 * form does not send as loaded (an unchecked radio button) is added.
 */
async function capture(path: string, formSelector: string, changes: Record<string, string>, from: BrowserContext = admin): Promise<FormData> {
  const page = await from.newPage();
  await page.goto(path);
  const entries = await page.locator(formSelector).evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]));
  await page.close();
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, name in changes ? changes[name]! : value);
  for (const [name, value] of Object.entries(changes)) if (!entries.some(([field]) => field === name)) body.append(name, value);
  return body;
}

async function replay(request: APIRequestContext, path: string, body: FormData) {
  // Same-origin, as a browser would send it. Connection: close, because a kept-alive socket
  // that the server times out just as the next request starts gives a spurious ECONNRESET.
  const response = await request.post(path, { multipart: body, headers: { Origin: new URL(path, test.info().project.use.baseURL).origin, Connection: "close" }, maxRedirects: 0 });
  expect(response.status(), `${path} answered ${response.status()}`).toBeLessThan(500);
  return response;
}

type Case = {
  action: string;
  allowed: Caller[];
  run: (request: APIRequestContext, caller: Caller, index: number) => Promise<{ changed: boolean }>;
};

const cases: Case[] = [
  {
    action: "updateProjectAction (status, progress, dates of a project)",
    allowed: ["SPGOV_EDITOR of the owner", "DPGOV_EDITOR", "ADMIN"],
    run: async (request, _caller, index) => {
      const before = await prisma.project.findUniqueOrThrow({ where: { slug: OWN_PROJECT } });
      const progress = String(10 + index);
      const body = await capture(`/fr/staff/projects/${OWN_PROJECT}`, "form:has(#reason)", { progress, status: "IN_PROGRESS", reason: `Autorisation ${index}` });
      await replay(request, `/fr/staff/projects/${OWN_PROJECT}`, body);
      const after = await prisma.project.findUniqueOrThrow({ where: { slug: OWN_PROJECT } });
      const changes = await prisma.projectChange.count({ where: { projectId: before.id, reason: `Autorisation ${index}` } });
      return { changed: after.version !== before.version || String(after.progress) === progress || changes > 0 };
    },
  },
  {
    action: "inviteAccountAction (create an account)",
    allowed: ["ADMIN"],
    run: async (request, _caller, index) => {
      const email = `authz-${index}-${Date.now()}@demo.egov.local`;
      const body = await capture("/fr/staff/accounts", "form:has(#email)", { email, name: "Créé par le test", role: "ADMIN" });
      await replay(request, "/fr/staff/accounts", body);
      return { changed: (await prisma.user.count({ where: { email } })) > 0 };
    },
  },
  {
    action: "updateAccountAction (role, organisation, disable)",
    allowed: ["ADMIN"],
    run: async (request) => {
      await prisma.user.update({ where: { id: target.id }, data: { role: "STAKEHOLDER", disabledAt: null } });
      const body = await capture(`/fr/staff/accounts/${target.id}`, "form:has(#role)", { role: "DPGOV_EDITOR" });
      await replay(request, `/fr/staff/accounts/${target.id}`, body);
      return { changed: (await prisma.user.findUniqueOrThrow({ where: { id: target.id } })).role !== "STAKEHOLDER" };
    },
  },
  {
    action: "issueLinkAction (new set-password link)",
    allowed: ["ADMIN"],
    run: async (request) => {
      const before = await prisma.userToken.count({ where: { userId: target.id } });
      const body = await capture(`/fr/staff/accounts/${target.id}`, "form:has(input[name=userId]):not(:has(#role))", {});
      await replay(request, `/fr/staff/accounts/${target.id}`, body);
      return { changed: (await prisma.userToken.count({ where: { userId: target.id } })) !== before };
    },
  },
];

// Content (sessions, news, indicators, organisations, governance members) is the programme
// office's: DPGOV editors and administrators only. The cases work on rows created here and
// removed afterwards, since other specs read the seeded content.
const CONTENT_EDITORS: Caller[] = ["DPGOV_EDITOR", "ADMIN"];
const RUN = Date.now().toString(36);
const content = { session: 8, decisionId: 0, newsId: 0, indicator: `authz-indicateur-${RUN}`, organization: `authz-organisation-${RUN}`, memberId: 0 };
const NEW_SESSION = (index: number) => 40 + index;

test.beforeAll(async () => {
  const cigov = await prisma.governanceBody.findFirstOrThrow({ where: { kind: "CIGOV" }, select: { id: true } });
  const dpgov = await prisma.governanceBody.findFirstOrThrow({ where: { slug: "dpgov" }, select: { id: true } });
  const session = await prisma.committeeSession.create({
    data: { bodyId: cigov.id, number: content.session, heldOn: new Date("2011-09-15T00:00:00Z"), agendaItems: { create: [{ position: 1, titleFr: "Point" }] }, decisions: { create: [{ position: 1, textFr: "Décision" }] } },
    select: { decisions: { select: { id: true } } },
  });
  content.decisionId = session.decisions[0]!.id;
  content.newsId = (await prisma.newsItem.create({ data: { slug: `authz-${RUN}`, titleFr: `Brouillon ${RUN}`, summaryFr: "Chapeau", bodyFr: "Texte", publishedAt: new Date("2013-01-01T12:00:00Z"), isPublished: false } })).id;
  await prisma.indicator.create({ data: { slug: content.indicator, titleFr: `Indicateur ${RUN}`, unitFr: "communes", targetValue: 100, targetOn: new Date("2013-12-31T00:00:00Z") } });
  await prisma.organization.create({ data: { slug: content.organization, kind: "OTHER", nameFr: `Organisation ${RUN}` } });
  content.memberId = (await prisma.bodyMember.create({ data: { bodyId: dpgov.id, position: 90, roleFr: `Membre ${RUN}` } })).id;
});

async function removeContentFixtures(): Promise<void> {
  await prisma.committeeSession.deleteMany({ where: { body: { kind: "CIGOV" }, number: { in: [content.session, ...CALLERS.map((_, index) => NEW_SESSION(index))] } } });
  await prisma.newsItem.deleteMany({ where: { OR: [{ id: content.newsId }, { titleFr: { startsWith: `Autorisation ${RUN}` } }] } });
  await prisma.indicator.deleteMany({ where: { slug: content.indicator } });
  await prisma.organization.deleteMany({ where: { slug: content.organization } });
  await prisma.bodyMember.deleteMany({ where: { roleFr: { contains: RUN } } });
  await prisma.source.deleteMany({ where: { OR: [{ key: { startsWith: "news-" } }, { key: { startsWith: "indicator-" } }] } });
  await prisma.survey.deleteMany({ where: { slug: { startsWith: `authz-enquete-${RUN}` } } }); // responses and answers cascade
}

const form = (name: string) => `form[data-form="${name}"]`;

const contentCases: Case[] = [
  {
    action: "createSessionAction (a new CIGOV session)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const number = NEW_SESSION(index);
      const body = await capture("/fr/staff/sessions/new", form("session-create"), { number: String(number), heldOn: `2015-0${index + 1}-01` });
      await replay(request, "/fr/staff/sessions/new", body);
      return { changed: (await prisma.committeeSession.count({ where: { number, body: { kind: "CIGOV" } } })) > 0 };
    },
  },
  {
    action: "updateSessionAction (date, status, chair, summary)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/sessions/${content.session}`;
      await replay(request, path, await capture(path, form("session-edit"), { summaryFr: `Résumé ${index}` }));
      return { changed: (await prisma.committeeSession.findFirstOrThrow({ where: { number: content.session, body: { kind: "CIGOV" } } })).summaryFr === `Résumé ${index}` };
    },
  },
  {
    action: "saveAgendaAction (a session's agenda)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/sessions/${content.session}`;
      await replay(request, path, await capture(path, form("session-agenda"), { "item-1-fr": `Point ${index}` }));
      return { changed: (await prisma.agendaItem.count({ where: { session: { number: content.session }, titleFr: `Point ${index}` } })) > 0 };
    },
  },
  {
    action: "createDecisionAction (a decision of a session)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/sessions/${content.session}/decisions/new`;
      await replay(request, path, await capture(path, form("decision-create"), { textFr: `Décision nouvelle ${index}` }));
      return { changed: (await prisma.decision.count({ where: { textFr: `Décision nouvelle ${index}`, session: { number: content.session } } })) > 0 };
    },
  },
  {
    action: "updateDecisionAction (a decision's follow-up)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/sessions/${content.session}/decisions/${content.decisionId}`;
      await replay(request, path, await capture(path, form("decision-edit"), { textFr: `Décision ${index}` }));
      return { changed: (await prisma.decision.findUniqueOrThrow({ where: { id: content.decisionId } })).textFr === `Décision ${index}` };
    },
  },
  {
    action: "createNewsAction (a news item)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const titleFr = `Autorisation ${RUN} ${index}`;
      await replay(request, "/fr/staff/news/new", await capture("/fr/staff/news/new", form("news-create"), { titleFr, summaryFr: "Chapeau", bodyFr: "Texte" }));
      return { changed: (await prisma.newsItem.count({ where: { titleFr } })) > 0 };
    },
  },
  {
    action: "updateNewsAction (a news item's text, date, links, source)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/news/${content.newsId}`;
      await replay(request, path, await capture(path, form("news-edit"), { titleFr: `Titre ${RUN} ${index}` }));
      return { changed: (await prisma.newsItem.findUniqueOrThrow({ where: { id: content.newsId } })).titleFr === `Titre ${RUN} ${index}` };
    },
  },
  {
    action: "setNewsPublishedAction (publish a draft)",
    allowed: CONTENT_EDITORS,
    run: async (request) => {
      await prisma.newsItem.update({ where: { id: content.newsId }, data: { isPublished: false } });
      const path = `/fr/staff/news/${content.newsId}`;
      await replay(request, path, await capture(path, form("news-publication"), {}));
      return { changed: (await prisma.newsItem.findUniqueOrThrow({ where: { id: content.newsId } })).isPublished };
    },
  },
  {
    action: "updateIndicatorTargetAction (an indicator's target)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/indicators/${content.indicator}`;
      await replay(request, path, await capture(path, form("indicator-target"), { targetValue: String(200 + index) }));
      return { changed: Number((await prisma.indicator.findUniqueOrThrow({ where: { slug: content.indicator } })).targetValue) === 200 + index };
    },
  },
  {
    action: "addIndicatorValueAction (a dated value with its source)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/indicators/${content.indicator}`;
      const observedOn = `2012-0${index + 1}-10`;
      await replay(request, path, await capture(path, form("indicator-value-add"), { observedOn, value: "12", sourceTitle: `Rapport ${RUN}` }));
      return { changed: (await prisma.indicatorValue.count({ where: { indicator: { slug: content.indicator }, observedOn: new Date(`${observedOn}T00:00:00Z`) } })) > 0 };
    },
  },
  {
    action: "removeIndicatorValueAction (remove a value entered by mistake)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const indicator = await prisma.indicator.findUniqueOrThrow({ where: { slug: content.indicator } });
      const value = await prisma.indicatorValue.create({ data: { indicatorId: indicator.id, observedOn: new Date(`2011-0${index + 1}-20T00:00:00Z`), value: 3 } });
      const path = `/fr/staff/indicators/${content.indicator}`;
      await replay(request, path, await capture(path, `${form("indicator-value-remove")}:has(input[name=valueId][value="${value.id}"])`, {}));
      return { changed: (await prisma.indicatorValue.count({ where: { id: value.id } })) === 0 };
    },
  },
  {
    action: "updateOrganizationAction (names, acronym, website)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/organizations/${content.organization}`;
      await replay(request, path, await capture(path, form("organization-edit"), { acronym: `AZ${index}` }));
      return { changed: (await prisma.organization.findUniqueOrThrow({ where: { slug: content.organization } })).acronym === `AZ${index}` };
    },
  },
  {
    action: "createMemberAction (a seat in DPGOV)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const roleFr = `Membre ajouté ${RUN} ${index}`;
      await replay(request, "/fr/staff/governance/dpgov", await capture("/fr/staff/governance/dpgov", form("member-create"), { roleFr }));
      return { changed: (await prisma.bodyMember.count({ where: { roleFr } })) > 0 };
    },
  },
  {
    action: "updateMemberAction (a seat's role and organisation)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/governance/dpgov/members/${content.memberId}`;
      await replay(request, path, await capture(path, form("member-edit"), { roleFr: `Membre ${RUN} ${index}` }));
      return { changed: (await prisma.bodyMember.findUniqueOrThrow({ where: { id: content.memberId } })).roleFr === `Membre ${RUN} ${index}` };
    },
  },
  {
    action: "removeMemberAction (remove a seat)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const dpgov = await prisma.governanceBody.findFirstOrThrow({ where: { slug: "dpgov" }, select: { id: true } });
      const member = await prisma.bodyMember.create({ data: { bodyId: dpgov.id, position: 91 + index, roleFr: `Membre à retirer ${RUN} ${index}` } });
      const path = `/fr/staff/governance/dpgov/members/${member.id}`;
      await replay(request, path, await capture(path, form("member-remove"), {}));
      return { changed: (await prisma.bodyMember.count({ where: { id: member.id } })) === 0 };
    },
  },
];

// Collaborative space: posting is for every signed-in user, in the categories they may read
// (restricted ones: staff only); editing for the author; moderation for moderators, the
// programme office and administrators; a subscription for its owner.
const SIGNED_IN: Caller[] = CALLERS.filter((caller) => caller !== "anonymous");
const STAFF: Caller[] = ["SPGOV_EDITOR of the owner", "SPGOV_EDITOR of another organisation", "DPGOV_EDITOR", "MODERATOR", "ADMIN"];
const MODERATORS: Caller[] = ["DPGOV_EDITOR", "MODERATOR", "ADMIN"];
const STAKEHOLDER_EMAIL = "partie-prenante@demo.egov.local";

/** A thread and its opening post, by an author who is none of the callers. */
async function spaceThread(categorySlug: string, title: string): Promise<{ threadId: number; postId: number }> {
  const email = `space-author-${RUN}@demo.egov.local`;
  const author = await prisma.user.upsert({ where: { email }, create: { email, name: "Auteur des sujets", role: "STAKEHOLDER" }, update: {}, select: { id: true } });
  const category = await prisma.discussionCategory.findUniqueOrThrow({ where: { slug: categorySlug }, select: { id: true } });
  const thread = await prisma.thread.create({ data: { categoryId: category.id, title, authorId: author.id }, select: { id: true } });
  const post = await prisma.post.create({ data: { threadId: thread.id, authorId: author.id, body: `Ouverture : ${title}` }, select: { id: true } });
  return { threadId: thread.id, postId: post.id };
}

const spaceThreads = new Map<string, Promise<{ threadId: number; postId: number }>>();
function sharedSpaceThread(key: string, categorySlug: string) {
  if (!spaceThreads.has(key)) spaceThreads.set(key, spaceThread(categorySlug, `Sujet d'autorisation ${key} ${RUN}`));
  return spaceThreads.get(key)!;
}

const spaceCases: Case[] = [
  {
    action: "createThreadAction (a thread in a public category)",
    allowed: SIGNED_IN,
    run: async (request, _caller, index) => {
      const title = `Sujet public ${index} ${RUN}`;
      const path = "/fr/space/categories/echanges-generaux/new";
      await replay(request, path, await capture(path, "form:has(#title)", { title, body: "Un message d'ouverture." }));
      return { changed: (await prisma.thread.count({ where: { title } })) > 0 };
    },
  },
  {
    action: "createThreadAction (a thread in a category restricted to staff)",
    allowed: STAFF,
    run: async (request, _caller, index) => {
      const title = `Sujet réservé ${index} ${RUN}`;
      const path = "/fr/space/categories/session-cigov-11/new";
      await replay(request, path, await capture(path, "form:has(#title)", { title, body: "Un message interne." }));
      return { changed: (await prisma.thread.count({ where: { title } })) > 0 };
    },
  },
  {
    action: "replyAction (in a public thread)",
    allowed: SIGNED_IN,
    run: async (request, _caller, index) => {
      const { threadId } = await sharedSpaceThread("public", "echanges-generaux");
      const text = `Réponse publique ${index} ${RUN}`;
      const path = `/fr/space/threads/${threadId}`;
      await replay(request, path, await capture(path, "form:has(#body)", { body: text }));
      return { changed: (await prisma.post.count({ where: { threadId, body: text } })) > 0 };
    },
  },
  {
    action: "replyAction (in a thread of a restricted category)",
    allowed: STAFF,
    run: async (request, _caller, index) => {
      const { threadId } = await sharedSpaceThread("restricted", "session-cigov-1");
      const text = `Réponse réservée ${index} ${RUN}`;
      const path = `/fr/space/threads/${threadId}`;
      await replay(request, path, await capture(path, "form:has(#body)", { body: text }));
      return { changed: (await prisma.post.count({ where: { threadId, body: text } })) > 0 };
    },
  },
  {
    action: "editPostAction (the author's own post, within 30 minutes)",
    allowed: ["STAKEHOLDER"],
    run: async (request, _caller, index) => {
      const { threadId } = await sharedSpaceThread("public", "echanges-generaux");
      const author = await prisma.user.findUniqueOrThrow({ where: { email: STAKEHOLDER_EMAIL }, select: { id: true } });
      const post = await prisma.post.create({ data: { threadId, authorId: author.id, body: `Message à corriger ${index}` }, select: { id: true } });
      const text = `Message corrigé ${index} ${RUN}`;
      const path = `/fr/space/posts/${post.id}/edit`;
      // Only the author's page has the form.
      await replay(request, path, await capture(path, "form:has(#body)", { body: text }, contexts.get("STAKEHOLDER")!));
      return { changed: (await prisma.post.findUniqueOrThrow({ where: { id: post.id } })).body === text };
    },
  },
  {
    action: "reportPostAction (someone else's post)",
    allowed: SIGNED_IN,
    run: async (request, _caller, index) => {
      const { postId } = await spaceThread("echanges-generaux", `Sujet à signaler ${index} ${RUN}`);
      const path = `/fr/space/posts/${postId}/report`;
      await replay(request, path, await capture(path, "form:has(#reason)", { reason: "Propos hors sujet" }));
      return { changed: (await prisma.postReport.count({ where: { postId } })) > 0 };
    },
  },
  {
    action: "moderatePostAction (restore a hidden post, with a note)",
    allowed: MODERATORS,
    run: async (request, _caller, index) => {
      const { postId } = await spaceThread("echanges-generaux", `Sujet masqué ${index} ${RUN}`);
      await prisma.post.update({ where: { id: postId }, data: { status: "HIDDEN_PENDING_REVIEW" } });
      const path = `/fr/space/moderation/posts/${postId}`;
      await replay(request, path, await capture(path, "form:has(#note)", { decision: "restore", note: "Rétabli après examen" }));
      return { changed: (await prisma.post.findUniqueOrThrow({ where: { id: postId } })).status !== "HIDDEN_PENDING_REVIEW" };
    },
  },
  {
    action: "lockThreadAction (close a thread to replies)",
    allowed: MODERATORS,
    run: async (request) => {
      const { threadId } = await sharedSpaceThread("lockable", "echanges-generaux");
      await prisma.thread.update({ where: { id: threadId }, data: { isLocked: false } });
      const path = `/fr/space/threads/${threadId}`;
      await replay(request, path, await capture(path, "form:has(input[name=locked])", {}));
      return { changed: (await prisma.thread.findUniqueOrThrow({ where: { id: threadId } })).isLocked };
    },
  },
  {
    action: "followAction (follow a thread)",
    allowed: SIGNED_IN,
    run: async (request, _caller, index) => {
      const { threadId } = await spaceThread("echanges-generaux", `Sujet à suivre ${index} ${RUN}`);
      const path = `/fr/space/threads/${threadId}`;
      await replay(request, path, await capture(path, "form:has(input[name=follow])", {}));
      return { changed: (await prisma.subscription.count({ where: { threadId } })) > 0 };
    },
  },
  {
    action: "markReadAction (the stakeholder's own subscription)",
    allowed: ["STAKEHOLDER"],
    run: async (request, _caller, index) => {
      const { threadId } = await spaceThread("echanges-generaux", `Sujet suivi ${index} ${RUN}`);
      const owner = await prisma.user.findUniqueOrThrow({ where: { email: STAKEHOLDER_EMAIL }, select: { id: true } });
      // The opening post, by someone else and newer than lastReadAt, is unread: the button shows.
      const lastReadAt = new Date(Date.now() - 60 * 60 * 1000);
      const subscription = await prisma.subscription.create({ data: { userId: owner.id, threadId, lastReadAt }, select: { id: true } });
      const path = "/fr/space/followed";
      await replay(request, path, await capture(path, `form:has(input[name=subscriptionId][value="${subscription.id}"])`, {}, contexts.get("STAKEHOLDER")!));
      return { changed: (await prisma.subscription.findUniqueOrThrow({ where: { id: subscription.id } })).lastReadAt.getTime() !== lastReadAt.getTime() };
    },
  },
];

// Surveys: building and running them is for the programme office (survey.manage: DPGOV
// editors, administrators); moderating free-text answers also for moderators.
const survey = { draftId: 0, lifecycleId: 0, moderatedId: 0, questionId: 0 };

test.beforeAll(async () => {
  const draft = (slug: string, questions: string[]) =>
    prisma.survey.create({
      data: { slug, kind: "SITE_FEEDBACK", titleFr: `Enquête ${slug}`, descriptionFr: "Présentation", questions: { create: questions.map((promptFr, i) => ({ position: i + 1, kind: "FREE_TEXT" as const, promptFr, isRequired: false })) } },
      select: { id: true, questions: { select: { id: true } } },
    });
  survey.draftId = (await draft(`authz-enquete-${RUN}-brouillon`, ["Première", "Deuxième"])).id;
  survey.lifecycleId = (await draft(`authz-enquete-${RUN}-cycle`, ["Question"])).id;
  const moderated = await draft(`authz-enquete-${RUN}-moderee`, ["Commentaire"]);
  survey.moderatedId = moderated.id;
  survey.questionId = moderated.questions[0]!.id;
  await prisma.survey.update({ where: { id: moderated.id }, data: { opensAt: new Date(Date.now() - 86_400_000) } });
});

/** A pending free-text answer of the moderated survey, from a respondent of its own. */
async function pendingAnswer(index: number): Promise<bigint> {
  const response = await prisma.surveyResponse.create({
    data: { surveyId: survey.moderatedId, respondentKey: `authz-${RUN}-${index}`, answers: { create: [{ questionId: survey.questionId, text: `Texte ${index}`, moderationStatus: "PENDING" }] } },
    select: { answers: { select: { id: true } } },
  });
  return response.answers[0]!.id;
}

const surveyCases: Case[] = [
  {
    action: "createSurveyAction (a new survey with its first question)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const slug = `authz-enquete-${RUN}-nouvelle-${index}`;
      const path = "/fr/staff/surveys/new";
      await replay(request, path, await capture(path, form("survey-create"), { slug, titleFr: "Créée par le test", descriptionFr: "Présentation", "q-kind": "FREE_TEXT", "q-promptFr": "Un avis ?" }));
      return { changed: (await prisma.survey.count({ where: { slug } })) > 0 };
    },
  },
  {
    action: "updateSurveyAction (a survey's texts)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/surveys/${survey.draftId}`;
      await replay(request, path, await capture(path, form("survey-edit"), { titleFr: `Titre ${RUN} ${index}` }));
      return { changed: (await prisma.survey.findUniqueOrThrow({ where: { id: survey.draftId } })).titleFr === `Titre ${RUN} ${index}` };
    },
  },
  {
    action: "saveQuestionAction (a question of a draft survey)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const path = `/fr/staff/surveys/${survey.draftId}`;
      const promptFr = `Question ${RUN} ${index}`;
      await replay(request, path, await capture(path, form("survey-question-1"), { "q0-promptFr": promptFr }));
      return { changed: (await prisma.surveyQuestion.count({ where: { surveyId: survey.draftId, promptFr } })) > 0 };
    },
  },
  {
    action: "removeQuestionAction (a question of a draft survey)",
    allowed: CONTENT_EDITORS,
    run: async (request, _caller, index) => {
      const promptFr = `À retirer ${RUN} ${index}`;
      await prisma.surveyQuestion.deleteMany({ where: { surveyId: survey.draftId, position: { gt: 2 } } });
      await prisma.surveyQuestion.create({ data: { surveyId: survey.draftId, position: 3, kind: "FREE_TEXT", promptFr, isRequired: false } });
      const path = `/fr/staff/surveys/${survey.draftId}`;
      await replay(request, path, await capture(path, form("survey-question-remove-3"), {}));
      return { changed: (await prisma.surveyQuestion.count({ where: { surveyId: survey.draftId, promptFr } })) === 0 };
    },
  },
  {
    action: "surveyStepAction (open a draft survey)",
    allowed: CONTENT_EDITORS,
    run: async (request) => {
      await prisma.survey.update({ where: { id: survey.lifecycleId }, data: { opensAt: null, closesAt: null, resultsPublishedAt: null } });
      const path = `/fr/staff/surveys/${survey.lifecycleId}`;
      await replay(request, path, await capture(path, form("survey-open"), {}));
      return { changed: (await prisma.survey.findUniqueOrThrow({ where: { id: survey.lifecycleId } })).opensAt !== null };
    },
  },
  {
    action: "surveyStepAction (publish an open survey's results)",
    allowed: CONTENT_EDITORS,
    run: async (request) => {
      await prisma.survey.update({ where: { id: survey.lifecycleId }, data: { opensAt: new Date(Date.now() - 86_400_000), closesAt: null, resultsPublishedAt: null } });
      const path = `/fr/staff/surveys/${survey.lifecycleId}`;
      await replay(request, path, await capture(path, form("survey-publish"), {}));
      return { changed: (await prisma.survey.findUniqueOrThrow({ where: { id: survey.lifecycleId } })).resultsPublishedAt !== null };
    },
  },
  {
    action: "moderateAnswerAction (approve a free-text answer)",
    allowed: MODERATORS,
    run: async (request, _caller, index) => {
      const answerId = await pendingAnswer(index);
      const path = `/fr/staff/surveys/${survey.moderatedId}/moderation`;
      await replay(request, path, await capture(path, `${form("survey-answer-approve")}:has(input[name=answerId][value="${answerId}"])`, {}));
      return { changed: (await prisma.surveyAnswer.findUniqueOrThrow({ where: { id: answerId } })).moderationStatus === "APPROVED" };
    },
  },
];

for (const entry of [...cases, ...contentCases, ...spaceCases, ...surveyCases]) {
  test(`${entry.action}: only ${entry.allowed.join(", ")}`, async () => {
    const outcome: Record<string, boolean> = {};
    for (const [index, caller] of CALLERS.entries()) {
      const deniedBefore = await prisma.auditLog.count({ where: { outcome: "DENIED" } });
      outcome[caller] = (await entry.run(contexts.get(caller)!.request, caller, index)).changed;
      // A signed-in caller who is refused leaves a trace in the audit log.
      if (!entry.allowed.includes(caller) && caller !== "anonymous") expect(await prisma.auditLog.count({ where: { outcome: "DENIED" } }), `${caller} refusal audited`).toBeGreaterThan(deniedBefore);
    }
    expect(outcome).toEqual(Object.fromEntries(CALLERS.map((caller) => [caller, entry.allowed.includes(caller)])));
  });
}

test("next-auth's own endpoints give no session without its CSRF token, even with the right password", async ({ playwright }) => {
  const baseURL = test.info().project.use.baseURL!;
  const account = demoAccount("ADMIN");
  const sessionCookie = /(?:^|\n|, )(?:__Host-)?egov\.session=[^;]/;
  const signInPost = (request: APIRequestContext, form: Record<string, string>) =>
    // Same-origin, so server.mjs's origin check lets it through: what is tested is next-auth's own CSRF check.
    request.post("/api/auth/callback/credentials", { form, headers: { Origin: new URL(baseURL).origin, Connection: "close" }, maxRedirects: 0 });

  // No CSRF token (a forged cross-site form would have none): no session, whatever the password.
  const bare = await playwright.request.newContext({ baseURL });
  const forged = await signInPost(bare, { email: account.email, password: account.password });
  expect(forged.status()).toBeLessThan(500);
  expect(forged.headers()["set-cookie"] ?? "").not.toMatch(sessionCookie);
  // A token from another client (its cookie is missing here): still no session.
  const other = await playwright.request.newContext({ baseURL });
  const { csrfToken: othersToken } = (await (await other.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const stolen = await signInPost(bare, { email: account.email, password: account.password, csrfToken: othersToken });
  expect(stolen.headers()["set-cookie"] ?? "").not.toMatch(sessionCookie);

  // The control: the same request with this client's own token does sign in, so the refusals above are the CSRF check.
  const { csrfToken } = (await (await bare.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const genuine = await signInPost(bare, { email: account.email, password: account.password, csrfToken });
  expect(genuine.headers()["set-cookie"] ?? "").toMatch(sessionCookie);
  await Promise.all([bare.dispose(), other.dispose()]);
});
