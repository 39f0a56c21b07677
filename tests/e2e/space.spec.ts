// The collaborative space end to end: a stakeholder posts a thread and a reply linked to a
// project (shown on the project's page); three other people report it and it disappears
// from public view; a moderator restores it. Posting and reporting also without
// JavaScript. A stakeholder can neither moderate nor read a restricted category's posts,
// by any route. Pages are axe-checked in French and Arabic, at 360 px.
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { hashPassword } from "../../lib/auth/password";
import { e2eDatabaseUrl, signIn, type DemoRole } from "../helpers/accounts";
import { expectNoAxeViolations, expectNoAxeViolationsWithoutJs } from "../helpers/axe";
import { expireCachedPages } from "../helpers/cache";

const prisma = createPrisma(e2eDatabaseUrl());
const PROJECT = "modernisation-etat-civil";
const PROJECT_CATEGORY = `projet-${PROJECT}`;
const RESTRICTED_CATEGORY = "session-cigov-11";
const RUN = Date.now().toString(36);
const PASSWORD = "une phrase de passe pour les tests";
type Account = { email: string; password: string };

test.describe.configure({ mode: "serial" });
test.setTimeout(120_000);

const reporters: Account[] = [];
// Filled by the first tests, used by the next ones.
const shared = { threadId: 0, openingPostId: 0, title: `Délais de délivrance des actes ${RUN}` };

test.beforeAll(async () => {
  for (let i = 1; i <= 3; i++) {
    const account = { email: `signaleur-${i}-${RUN}@demo.egov.local`, password: PASSWORD };
    await prisma.user.create({ data: { email: account.email, name: `Signaleur ${i}`, role: "STAKEHOLDER", passwordHash: await hashPassword(PASSWORD) } });
    reporters.push(account);
  }
});

test.afterAll(async () => {
  await expireCachedPages(prisma); // statuses were changed directly in the database
  await prisma.$disconnect();
});

async function session(
  browser: Browser,
  who: DemoRole | Account | null,
  options: { javaScriptEnabled?: boolean; locale?: "fr" | "ar"; width?: number } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.width ? { width: options.width, height: 800 } : undefined,
  });
  const page = await context.newPage();
  if (who) await signIn(page, who, options.locale ?? "fr");
  return { context, page };
}

async function screenshot(page: Page, name: string): Promise<void> {
  // Only on request (SPACE_SCREENSHOTS=1): for looking at the pages, not for the verdict.
  if (!process.env.SPACE_SCREENSHOTS) return;
  mkdirSync("test-results/space-screens", { recursive: true });
  await page.screenshot({ path: `test-results/space-screens/${name}.png`, fullPage: true });
}

/** The multipart body a browser without JavaScript posts for a form, with some fields changed. */
async function capture(page: Page, formSelector: string, changes: Record<string, string>): Promise<FormData> {
  const entries = await page
    .locator(formSelector)
    .evaluate((form: HTMLFormElement) => [...new FormData(form).entries()].map(([name, value]) => [name, String(value)] as [string, string]));
  const body = new FormData();
  for (const [name, value] of entries) body.append(name, name in changes ? changes[name]! : value);
  return body;
}

test("a stakeholder opens a thread in a project's category and replies; the project page lists it", async ({ browser }) => {
  const { context, page } = await session(browser, "STAKEHOLDER");
  await page.goto("/fr");
  await page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Espace collaboratif" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Espace collaboratif");
  await page.getByRole("link", { name: "Modernisation de l'état civil" }).click();
  await page.getByRole("link", { name: "Ouvrir une discussion" }).click();
  // A missing message: the form comes back with the title kept and the error beside the field.
  await page.locator("#title").fill(shared.title);
  await page.getByRole("button", { name: "Publier la discussion" }).click();
  await expect(page.locator("#body-error")).toHaveText("Saisissez votre message.");
  await expect(page.locator("#title")).toHaveValue(shared.title);
  await page
    .locator("#body")
    .fill("Combien de communes délivrent déjà les **actes d'état civil** en ligne ?\n\n- extrait d'acte de naissance\n- copie intégrale");
  await page.getByRole("button", { name: "Publier la discussion" }).click();
  await expect(page.getByRole("status")).toHaveText("Votre message est publié.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(shared.title);
  await expect(page.locator("article strong", { hasText: "actes d'état civil" })).toBeVisible();
  shared.threadId = Number(new URL(page.url()).pathname.split("/").pop());
  const thread = await prisma.thread.findUniqueOrThrow({
    where: { id: shared.threadId },
    select: { project: { select: { slug: true } }, posts: { select: { id: true }, orderBy: { id: "asc" } } },
  });
  expect(thread.project?.slug).toBe(PROJECT);
  shared.openingPostId = thread.posts[0]!.id;

  await page.locator("#body").fill("Précision : je parle des communes rurales.");
  await page.getByRole("button", { name: "Publier la réponse" }).click();
  await expect(page.getByRole("status")).toHaveText("Votre message est publié.");
  await expect(page.locator("article", { hasText: "communes rurales" })).toBeVisible();
  await expectNoAxeViolations(page);
  await context.close();

  // The public project page, read by a visitor who is not signed in.
  const visitor = await session(browser, null);
  await visitor.page.goto(`/fr/projects/${PROJECT}`);
  const block = visitor.page.getByTestId("project-discussions");
  await expect(block.getByRole("link", { name: shared.title })).toBeVisible();
  await expect(block).toContainText("2 messages");
  await block.getByRole("link", { name: shared.title }).click();
  await expect(visitor.page.locator("article", { hasText: "communes rurales" })).toBeVisible();
  await expect(visitor.page.getByRole("link", { name: "Connectez-vous pour répondre" })).toBeVisible();
  await visitor.context.close();
});

test("without JavaScript, a stakeholder opens a thread and replies to a reply, which quotes it", async ({ browser }) => {
  const { context, page } = await session(browser, "STAKEHOLDER", { javaScriptEnabled: false });
  await page.goto(`/fr/space/categories/echanges-generaux/new`);
  await page.getByRole("button", { name: "Publier la discussion" }).click();
  await expect(page.getByRole("alert").getByRole("link")).toHaveText(["Saisissez un titre (5 caractères au moins).", "Saisissez votre message."]);
  await expectNoAxeViolationsWithoutJs(browser, page);
  const title = `Calendrier des sessions ${RUN}`;
  await page.locator("#title").fill(title);
  await page.locator("#body").fill("Le calendrier 2012 est-il publié ?");
  await page.locator("#project").selectOption(PROJECT);
  await page.getByRole("button", { name: "Publier la discussion" }).click();
  await expect(page.getByRole("status")).toHaveText("Votre message est publié.");
  const threadId = Number(new URL(page.url()).pathname.split("/").pop());
  const opening = await prisma.post.findFirstOrThrow({ where: { threadId }, select: { id: true } });
  // A moderator answers; the stakeholder answers the answer: a sibling reply that quotes it.
  const answer = await prisma.post.create({
    data: {
      threadId,
      authorId: (await prisma.user.findUniqueOrThrow({ where: { email: "moderateur@demo.egov.local" } })).id,
      parentId: opening.id,
      body: "Oui, sur la page des sessions.",
    },
  });
  await page.goto(`/fr/space/threads/${threadId}`);
  await page
    .locator(`#post-${answer.id}`)
    .getByRole("link", { name: /Répondre/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Répondre");
  await expectNoAxeViolationsWithoutJs(browser, page);
  await page.locator("#body").fill("Merci, je l'ai trouvé.");
  await page.getByRole("button", { name: "Publier la réponse" }).click();
  await expect(page.getByRole("status")).toHaveText("Votre message est publié.");
  const reply = await prisma.post.findFirstOrThrow({ where: { threadId, body: "Merci, je l'ai trouvé." } });
  expect(reply).toMatchObject({ parentId: opening.id, quotedPostId: answer.id });
  await expect(page.locator(`#post-${reply.id} blockquote`)).toContainText("Oui, sur la page des sessions.");
  await expectNoAxeViolationsWithoutJs(browser, page);
  await context.close();
});

test("three other people report the thread's opening post: it disappears from public view; a moderator restores it", async ({ browser }) => {
  const publicView = async () => {
    const visitor = await session(browser, null);
    const thread = await visitor.page.goto(`/fr/space/threads/${shared.threadId}`);
    const threadHtml = await visitor.page.content();
    await visitor.page.goto(`/fr/projects/${PROJECT}`);
    const projectBlock = await visitor.page.getByTestId("project-discussions").textContent();
    await visitor.page.goto(`/fr/space/categories/${PROJECT_CATEGORY}`);
    const categoryHtml = await visitor.page.content();
    await visitor.page.goto(`/fr/space/search?q=${encodeURIComponent("communes délivrent")}`);
    const searchHtml = await visitor.page.content();
    const feed = await (await visitor.context.request.get(`/fr/space/categories/${PROJECT_CATEGORY}/feed.xml`)).text();
    await visitor.context.close();
    return { status: thread?.status(), threadHtml, projectBlock: projectBlock ?? "", categoryHtml, searchHtml, feed };
  };
  const before = await publicView();
  expect(before.threadHtml).toContain("communes délivrent");
  expect(before.feed).toContain("communes délivrent");

  for (const [index, reporter] of reporters.entries()) {
    // The last report is sent without JavaScript.
    const { context, page } = await session(browser, reporter, { javaScriptEnabled: index < 2 });
    await page.goto(`/fr/space/threads/${shared.threadId}`);
    await page
      .locator(`#post-${shared.openingPostId}`)
      .getByRole("link", { name: /Signaler/ })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Signaler un message");
    if (index === 2) {
      await page.getByRole("button", { name: "Envoyer le signalement" }).click();
      await expect(page.locator("#reason-error")).toContainText("Indiquez le motif");
      await expectNoAxeViolationsWithoutJs(browser, page);
    }
    await page.locator("#reason").fill(`Informations erronées (${index + 1})`);
    await page.getByRole("button", { name: "Envoyer le signalement" }).click();
    if (index < 2) await expect(page.getByRole("status")).toHaveText("Merci : votre signalement est enregistré et sera examiné.");
    await context.close();
  }
  expect(await prisma.postReport.count({ where: { postId: shared.openingPostId } })).toBe(3);
  expect((await prisma.post.findUniqueOrThrow({ where: { id: shared.openingPostId } })).status).toBe("HIDDEN_PENDING_REVIEW");

  const hidden = await publicView();
  expect(hidden.threadHtml).toContain("Discussion masquée");
  expect(hidden.threadHtml).not.toContain("communes délivrent");
  expect(hidden.threadHtml).not.toContain(shared.title);
  expect(hidden.projectBlock).not.toContain(shared.title);
  expect(hidden.categoryHtml).not.toContain(shared.title);
  expect(hidden.searchHtml).not.toContain(shared.title);
  expect(hidden.feed).not.toContain("communes délivrent");

  // The moderator finds it in the queue and restores it with a note.
  const { context, page } = await session(browser, "MODERATOR");
  await page.goto("/fr/space/moderation");
  const item = page.getByTestId("queue").locator(`li[data-post-id="${shared.openingPostId}"]`);
  await expect(item).toContainText("Masqué");
  await expect(item).toContainText("3 signalements");
  await expectNoAxeViolations(page);
  await item.getByRole("link", { name: /Examiner et décider/ }).click();
  await page.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.locator("#decision-error")).toBeVisible();
  await expect(page.locator("#note-error")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Rétablir").check();
  await page.locator("#note").fill("Question légitime, aucune information erronée.");
  await page.getByRole("button", { name: "Enregistrer la décision" }).click();
  await expect(page.getByRole("status")).toHaveText("Le message est rétabli.");
  await expect(page.getByTestId("queue").locator(`li[data-post-id="${shared.openingPostId}"]`)).toHaveCount(0);
  await context.close();
  const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "space.post.restore", entityId: String(shared.openingPostId), outcome: "SUCCESS" } });
  expect(audit.detail).toMatchObject({ note: "Question légitime, aucune information erronée." });

  const restored = await publicView();
  expect(restored.threadHtml).toContain("communes délivrent");
  expect(restored.projectBlock).toContain(shared.title);
  expect(restored.feed).toContain("communes délivrent");
});

test("a reporter cannot report twice, nor their own post", async ({ browser }) => {
  const { context, page } = await session(browser, reporters[0]!);
  await page.goto(`/fr/space/posts/${shared.openingPostId}/report`);
  await expect(page.locator("main")).toContainText("Vous avez déjà signalé ce message");
  await expect(page.locator("#reason")).toHaveCount(0);
  await context.close();
  const author = await session(browser, "STAKEHOLDER");
  await author.page.goto(`/fr/space/threads/${shared.threadId}`);
  await expect(author.page.locator(`#post-${shared.openingPostId}`).getByRole("link", { name: /Signaler/ })).toHaveCount(0);
  await author.page.goto(`/fr/space/posts/${shared.openingPostId}/report`);
  await expect(author.page.locator("main")).toContainText("Vous ne pouvez pas signaler votre propre message.");
  await author.context.close();
});

test("a STAKEHOLDER cannot moderate, nor read a restricted category's posts by any route", async ({ browser }) => {
  const secret = `confidentiel${RUN}`;
  const title = `Préparation interne ${RUN}`;
  // Staff open a thread in a session category (restricted), linked to a project.
  const staff = await session(browser, "DPGOV_EDITOR");
  await staff.page.goto("/fr/space");
  await staff.page.getByRole("link", { name: "11e session du CIGOV" }).click();
  await expect(staff.page.getByText("Réservé à l'équipe du programme").first()).toBeVisible();
  await staff.page.getByRole("link", { name: "Ouvrir une discussion" }).click();
  await staff.page.locator("#title").fill(title);
  await staff.page.locator("#body").fill(`Point ${secret} à préparer avant la session.`);
  await staff.page.locator("#project").selectOption("watiqa-ma");
  await staff.page.getByRole("button", { name: "Publier la discussion" }).click();
  await expect(staff.page.getByRole("status")).toHaveText("Votre message est publié.");
  const threadId = Number(new URL(staff.page.url()).pathname.split("/").pop());
  const post = await prisma.post.findFirstOrThrow({ where: { threadId }, select: { id: true } });
  // A full page load: the form's no-JavaScript fields exist only in the server's HTML.
  await staff.page.goto(`/fr/space/threads/${threadId}`);
  const replyForm = await capture(staff.page, "form:has(#body)", { body: `Réponse intruse ${RUN}` });
  await staff.context.close();

  for (const who of ["STAKEHOLDER", null] as const) {
    const { context, page } = await session(browser, who);
    const label = who ?? "anonymous";
    await page.goto("/fr/space");
    await expect(page.getByRole("link", { name: "11e session du CIGOV" }), label).toHaveCount(0);
    for (const path of [
      `/fr/space/categories/${RESTRICTED_CATEGORY}`,
      `/fr/space/categories/${RESTRICTED_CATEGORY}/new`,
      `/fr/space/threads/${threadId}`,
      `/fr/space/threads/${threadId}/reply?to=${post.id}`,
      `/fr/space/posts/${post.id}`,
      `/fr/space/posts/${post.id}/report`,
      `/fr/space/posts/${post.id}/edit`,
      `/fr/space/posts/${post.id}/versions`,
    ]) {
      const response = await page.goto(path);
      const html = await page.content();
      // Anonymous visitors are first sent to sign in on the pages that need it; nothing is shown either way.
      if (who) expect(response?.status(), `${label} ${path}`).toBe(404);
      else expect([404, 200]).toContain(response?.status());
      expect(html, `${label} ${path}`).not.toContain(secret);
      expect(html, `${label} ${path}`).not.toContain(title);
    }
    const feed = await context.request.get(`/fr/space/categories/${RESTRICTED_CATEGORY}/feed.xml`);
    expect(feed.status(), `${label} feed`).toBe(404);
    expect(await feed.text()).not.toContain(secret);
    // Search: the query is echoed in the box, so the results are what must be empty.
    for (const q of [secret, `Préparation interne ${RUN}`]) {
      await page.goto(`/fr/space/search?q=${encodeURIComponent(q)}`);
      await expect(page.locator("#results-title"), `${label} search ${q}`).toHaveText(/^Aucun résultat/);
      await expect(page.getByTestId("search-results")).toHaveCount(0);
    }
    for (const path of [`/fr/projects/watiqa-ma`, `/fr/space/projects/watiqa-ma`, `/fr/sessions/11`, "/fr/space/followed"]) {
      await page.goto(path);
      const html = await page.content();
      expect(html, `${label} ${path}`).not.toContain(secret);
      expect(html, `${label} ${path}`).not.toContain(title);
    }
    // The reply action, called directly with the staff's form, writes nothing.
    const deniedBefore = await prisma.auditLog.count({ where: { action: "space.post.create", outcome: "DENIED" } });
    const replay = await context.request.post(`/fr/space/threads/${threadId}`, {
      multipart: replyForm,
      headers: { Origin: new URL(page.url()).origin },
      maxRedirects: 0,
    });
    expect(replay.status()).toBeLessThan(500);
    // The action did run (and refused): a signed-in caller's refusal is in the audit log.
    if (who) expect(await prisma.auditLog.count({ where: { action: "space.post.create", outcome: "DENIED" } })).toBe(deniedBefore + 1);
    expect(await replay.text()).not.toContain(secret);
    expect(await prisma.post.count({ where: { threadId } })).toBe(1);
    await context.close();
  }

  // Moderation: the pages refuse, and the decision action called directly changes nothing.
  await prisma.post.update({ where: { id: shared.openingPostId }, data: { status: "HIDDEN_PENDING_REVIEW" } });
  await prisma.thread.update({ where: { id: shared.threadId }, data: { status: "HIDDEN_PENDING_REVIEW" } });
  const moderator = await session(browser, "MODERATOR");
  await moderator.page.goto(`/fr/space/moderation/posts/${shared.openingPostId}`);
  await moderator.page.getByLabel("Rétablir").check();
  const decision = await capture(moderator.page, "form:has(#note)", { note: "Rétabli par un intrus" });
  const lock = await moderator.page.goto(`/fr/space/threads/${threadId}`).then(() => capture(moderator.page, "form:has(input[name=locked])", {}));
  await moderator.context.close();
  const { context, page } = await session(browser, "STAKEHOLDER");
  for (const path of ["/fr/space/moderation", `/fr/space/moderation/posts/${shared.openingPostId}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Accès refusé");
    await expect(page.locator("#note")).toHaveCount(0);
  }
  await expect(page.getByRole("navigation", { name: "Navigation de l'espace collaboratif" }).getByRole("link", { name: "Modération" })).toHaveCount(0);
  const origin = new URL(page.url()).origin;
  const refused = await context.request.post(`/fr/space/moderation/posts/${shared.openingPostId}`, {
    multipart: decision,
    headers: { Origin: origin },
    maxRedirects: 0,
  });
  expect(refused.status()).toBeLessThan(500);
  expect(await prisma.auditLog.count({ where: { action: "space.post.restore", outcome: "DENIED", entityId: String(shared.openingPostId) } })).toBe(1);
  expect((await prisma.post.findUniqueOrThrow({ where: { id: shared.openingPostId } })).status).toBe("HIDDEN_PENDING_REVIEW");
  const locked = await context.request.post(`/fr/space/threads/${threadId}`, { multipart: lock, headers: { Origin: origin }, maxRedirects: 0 });
  expect(locked.status()).toBeLessThan(500);
  expect(await prisma.auditLog.count({ where: { action: "space.thread.lock", outcome: "DENIED", entityId: String(threadId) } })).toBe(1);
  expect((await prisma.thread.findUniqueOrThrow({ where: { id: threadId } })).isLocked).toBe(false);
  await context.close();
  // Put the shared thread back as the moderator left it.
  await prisma.post.update({ where: { id: shared.openingPostId }, data: { status: "VISIBLE" } });
  await prisma.thread.update({ where: { id: shared.threadId }, data: { status: "VISIBLE" } });
});

test.describe("accessibility in French and Arabic, desktop and 360 px", () => {
  // The queue is checked with something in it: a hidden post and a reported one, in Arabic.
  test.beforeAll(async () => {
    const [author, ...others] = await Promise.all(reporters.map((r) => prisma.user.findUniqueOrThrow({ where: { email: r.email }, select: { id: true } })));
    const category = await prisma.discussionCategory.findUniqueOrThrow({ where: { slug: "echanges-generaux" }, select: { id: true } });
    const thread = await prisma.thread.create({
      data: { categoryId: category.id, authorId: author!.id, title: `سؤال حول الخدمات الإلكترونية ${RUN}`, status: "HIDDEN_PENDING_REVIEW" },
    });
    const hidden = await prisma.post.create({
      data: { threadId: thread.id, authorId: author!.id, body: "نص **مسيء** مفترض للاختبار", status: "HIDDEN_PENDING_REVIEW" },
    });
    const reported = await prisma.post.create({
      data: { threadId: thread.id, authorId: author!.id, parentId: hidden.id, body: "Une réponse signalée une fois." },
    });
    await prisma.postReport.createMany({
      data: [...others, { id: (await prisma.user.findUniqueOrThrow({ where: { email: "moderateur@demo.egov.local" } })).id }].map((user) => ({
        postId: hidden.id,
        reporterId: user!.id,
        reason: "كلام مسيء",
      })),
    });
    await prisma.postReport.create({ data: { postId: reported.id, reporterId: others[0]!.id, reason: "Hors sujet" } });
    // And the moderator's "followed" list with something unread in it.
    const moderator = await prisma.user.findUniqueOrThrow({ where: { email: "moderateur@demo.egov.local" }, select: { id: true } });
    const project = await prisma.project.findUniqueOrThrow({ where: { slug: PROJECT }, select: { id: true } });
    const lastReadAt = new Date("2000-01-01");
    await prisma.subscription.upsert({
      where: { userId_projectId: { userId: moderator.id, projectId: project.id } },
      create: { userId: moderator.id, projectId: project.id, lastReadAt },
      update: { lastReadAt },
    });
    await prisma.subscription.upsert({
      where: { userId_threadId: { userId: moderator.id, threadId: shared.threadId } },
      create: { userId: moderator.id, threadId: shared.threadId, lastReadAt },
      update: { lastReadAt },
    });
  });

  for (const locale of ["fr", "ar"] as const) {
    for (const width of [1280, 360]) {
      test(`space pages pass axe (${locale}, ${width} px)`, async ({ browser }) => {
        const { context, page } = await session(browser, "MODERATOR", { locale, width });
        for (const [name, path] of [
          ["categories", `/${locale}/space`],
          ["category", `/${locale}/space/categories/${PROJECT_CATEGORY}`],
          ["thread", `/${locale}/space/threads/${shared.threadId}`],
          ["search", `/${locale}/space/search?q=${encodeURIComponent("communes")}`],
          ["followed", `/${locale}/space/followed`],
          ["moderation", `/${locale}/space/moderation`],
          ["decision", `/${locale}/space/moderation/posts/${shared.openingPostId}`],
        ] as const) {
          await page.goto(path);
          await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
          await expectNoAxeViolations(page);
          // Nothing wider than the screen: the page never scrolls sideways.
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} width`).toBeLessThanOrEqual(width);
          await screenshot(page, `${name}-${locale}-${width}`);
        }
        await context.close();
        const visitor = await session(browser, null, { locale, width });
        await visitor.page.goto(`/${locale}/space/threads/${shared.threadId}`);
        await expectNoAxeViolations(visitor.page);
        await screenshot(visitor.page, `thread-public-${locale}-${width}`);
        await visitor.context.close();
      });
    }
  }

  test("the thread page works with the keyboard alone", async ({ browser }) => {
    const { context, page } = await session(browser, "STAKEHOLDER");
    await page.goto(`/fr/space/threads/${shared.threadId}`);
    // Tab to the reply box, type, and send with the keyboard.
    for (let i = 0; i < 80 && !(await page.locator("#body").evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(page.locator("#body")).toBeFocused();
    await page.keyboard.type("Réponse écrite au clavier.");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Publier la réponse" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toHaveText("Votre message est publié.");
    await expect(page.locator("article", { hasText: "Réponse écrite au clavier." })).toBeVisible();
    await context.close();
  });
});
