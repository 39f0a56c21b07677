// The collaborative space's data layer against the seeded PostgreSQL: who reads what,
// the three-distinct-reports threshold under concurrency, own-post reports, the edit
// window, the posting rate limit, moderation, subscriptions and search.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
process.env.DATABASE_URL = inject("databaseUrl");

const { createPrisma } = await import("../../scripts/lib/prisma-script");
const { createThread, createReply, editPost, POSTS_PER_WINDOW } = await import("../../lib/data/space-posting");
const { reportPost, REPORTS_TO_HIDE } = await import("../../lib/data/space-reports");
const { moderatePost, setThreadLock, findModerationQueue, findPostVersions } = await import("../../lib/data/space-moderation");
const { findSpaceCategories, findCategoryPage, findProjectDiscussions } = await import("../../lib/data/space-categories");
const { findThreadPage, findPostLocation, POSTS_PER_PAGE } = await import("../../lib/data/space-threads");
const { findPublicThreadsForProject, findPublicThreadsForSession } = await import("../../lib/data/space-links");
const { findPublicCategoryFeed } = await import("../../lib/data/space-feed");
const { searchSpace } = await import("../../lib/data/space-search");
const { setFollowing, findFollowed, markSubscriptionRead } = await import("../../lib/data/space-subscriptions");
const { newThreadSchema } = await import("../../lib/validation/space");
type Actor = import("../../lib/auth/permissions").Actor;
type Role = import("../../lib/generated/prisma/enums").Role;

const prisma = createPrisma(inject("databaseUrl"));
const PUBLIC = "echanges-generaux";
const PROJECT_CATEGORY = "projet-modernisation-etat-civil";
const RESTRICTED = "session-cigov-11";

async function makeUser(role: Role): Promise<Actor> {
  const user = await prisma.user.create({
    data: { email: `${role.toLowerCase()}-${randomUUID()}@test.local`, name: `Test ${role} ${randomUUID().slice(0, 6)}`, role },
  });
  return { id: user.id, name: user.name, role, organizationId: null };
}

const thread = (category: string, title: string, body: string, extra: { project?: string; session?: string } = {}) =>
  newThreadSchema.parse({ category, title, body, project: extra.project ?? "", session: extra.session ?? "" });

let stakeholder: Actor;
let moderator: Actor;
let dpgov: Actor;
let restricted: { threadId: number; postId: number };
let open: { threadId: number; postId: number };

beforeAll(async () => {
  stakeholder = await makeUser("STAKEHOLDER");
  moderator = await makeUser("MODERATOR");
  dpgov = await makeUser("DPGOV_EDITOR");
  restricted = await createThread(dpgov, thread(RESTRICTED, "Préparation confidentielle", "Ordre du jour interne **zorglub**", { project: "watiqa-ma" }));
  open = await createThread(stakeholder, thread(PUBLIC, "Guichet électronique des marchés", "Les délais de paiement des fournisseurs sont-ils publiés ?"));
});

afterAll(async () => {
  await prisma.$disconnect();
});

async function expectCode(promise: Promise<unknown>, code: string, message?: string) {
  await expect(promise).rejects.toMatchObject(message ? { code, message } : { code });
}

describe("visibility", () => {
  it("the public and stakeholders list public categories only; staff also the restricted ones", async () => {
    const publicSlugs = (await findSpaceCategories(null)).map((c) => c.slug);
    expect(publicSlugs).toContain(PUBLIC);
    expect(publicSlugs).not.toContain(RESTRICTED);
    expect((await findSpaceCategories(stakeholder)).map((c) => c.slug)).toEqual(publicSlugs);
    expect((await findSpaceCategories(dpgov)).map((c) => c.slug)).toContain(RESTRICTED);
  });

  it("a restricted category or thread is 'not found' for a stakeholder, by slug and by id, and the attempt is audited", async () => {
    const before = await prisma.auditLog.count({ where: { actorUserId: stakeholder.id, outcome: "DENIED" } });
    await expectCode(findCategoryPage(stakeholder, RESTRICTED, 1), "NOT_FOUND");
    await expectCode(findThreadPage(stakeholder, restricted.threadId, 1), "NOT_FOUND");
    await expectCode(findThreadPage(null, restricted.threadId, 1), "NOT_FOUND");
    await expectCode(findPostLocation(stakeholder, restricted.postId), "NOT_FOUND");
    await expectCode(findPostVersions(stakeholder, restricted.postId), "NOT_FOUND");
    expect(await prisma.auditLog.count({ where: { actorUserId: stakeholder.id, outcome: "DENIED" } })).toBe(before + 4);
    const page = await findThreadPage(moderator, restricted.threadId, 1);
    expect(page?.posts[0]?.body).toContain("zorglub");
  });

  it("a stakeholder cannot post, reply, report or follow in a restricted category", async () => {
    await expectCode(createThread(stakeholder, thread(RESTRICTED, "Tentative d'intrusion", "Je ne devrais pas pouvoir écrire ici")), "NOT_FOUND");
    await expectCode(createReply(stakeholder, { threadId: restricted.threadId, to: null, body: "Réponse interdite" }), "NOT_FOUND");
    await expectCode(reportPost(stakeholder, { postId: restricted.postId, reason: "Signalement interdit" }), "NOT_FOUND");
    await expectCode(setFollowing(stakeholder, { target: "thread", threadId: restricted.threadId, follow: true }), "NOT_FOUND");
    expect(await prisma.post.count({ where: { threadId: restricted.threadId } })).toBe(1);
    expect(await prisma.postReport.count({ where: { postId: restricted.postId } })).toBe(0);
  });

  it("search, feeds, the project and session blocks never show a restricted thread to the public or a stakeholder", async () => {
    expect((await searchSpace(stakeholder, "zorglub", 1)).total).toBe(0);
    expect((await searchSpace(null, "zorglub", 1)).total).toBe(0);
    expect((await searchSpace(dpgov, "zorglub", 1)).hits.map((h) => h.postId)).toEqual([restricted.postId]);
    expect(await findPublicCategoryFeed(RESTRICTED)).toBeNull();
    expect((await findPublicCategoryFeed(PUBLIC))?.posts.map((p) => p.id)).toContain(open.postId);
    const watiqa = await prisma.project.findUniqueOrThrow({ where: { slug: "watiqa-ma" }, select: { id: true } });
    expect((await findPublicThreadsForProject(watiqa.id)).threads.map((t) => t.id)).not.toContain(restricted.threadId);
    expect((await findPublicThreadsForSession(11)).threads.map((t) => t.id)).not.toContain(restricted.threadId);
    expect((await findProjectDiscussions(stakeholder, "watiqa-ma")).threads.map((t) => t.id)).not.toContain(restricted.threadId);
    expect((await findProjectDiscussions(dpgov, "watiqa-ma")).threads.map((t) => t.id)).toContain(restricted.threadId);
  });

  it("a thread in a project's category is linked to the project and shows on its public page", async () => {
    const created = await createThread(stakeholder, thread(PROJECT_CATEGORY, "Délais de délivrance des actes", "Combien de communes sont raccordées ?"));
    expect(created.projectSlug).toBe("modernisation-etat-civil");
    const project = await prisma.project.findUniqueOrThrow({ where: { slug: "modernisation-etat-civil" }, select: { id: true } });
    expect((await findPublicThreadsForProject(project.id)).threads.map((t) => t.id)).toContain(created.threadId);
  });
});

describe("replies", () => {
  it("are one level deep: a reply to a reply is a sibling that quotes it", async () => {
    const top = await createReply(moderator, { threadId: open.threadId, to: open.postId, body: "Oui, chaque trimestre." });
    const nested = await createReply(stakeholder, { threadId: open.threadId, to: top.postId, body: "Où exactement ?" });
    const rows = await prisma.post.findMany({ where: { id: { in: [top.postId, nested.postId] } }, select: { id: true, parentId: true, quotedPostId: true } });
    expect(rows.find((r) => r.id === top.postId)).toMatchObject({ parentId: open.postId, quotedPostId: null });
    expect(rows.find((r) => r.id === nested.postId)).toMatchObject({ parentId: open.postId, quotedPostId: top.postId });
    const page = await findThreadPage(null, open.threadId, 1);
    expect(page?.posts[0]?.replies.map((r) => r.id)).toEqual([top.postId, nested.postId]);
  });

  it("a long thread is paginated in reading order, even when the replies are all under one post", async () => {
    const author = await makeUser("STAKEHOLDER");
    const created = await createThread(author, thread(PUBLIC, "Sujet très suivi", "Message d'ouverture"));
    await prisma.post.createMany({
      data: Array.from({ length: POSTS_PER_PAGE + 10 }, (_, i) => ({
        threadId: created.threadId,
        authorId: author.id,
        parentId: created.postId,
        body: `Réponse ${i + 1}`,
      })),
    });
    const last = await createReply(stakeholder, { threadId: created.threadId, to: null, body: "Nouveau message de premier niveau" });
    const first = await findThreadPage(null, created.threadId, 1);
    expect(first?.pageCount).toBe(2);
    expect(first?.posts).toHaveLength(1);
    expect(first?.posts[0]).toMatchObject({ id: created.postId, isContinued: false });
    expect(first?.posts[0]?.replies).toHaveLength(POSTS_PER_PAGE - 1);
    const second = await findThreadPage(null, created.threadId, 2);
    expect(second?.posts.map((p) => [p.id, p.isContinued, p.replies.length])).toEqual([
      [created.postId, true, 11],
      [last.postId, false, 0],
    ]);
    expect(await findThreadPage(null, created.threadId, 3)).toBeNull();
    const reply35 = await prisma.post.findFirstOrThrow({ where: { threadId: created.threadId, body: "Réponse 35" } });
    expect(await findPostLocation(null, reply35.id)).toEqual({ threadId: created.threadId, page: 2 });
    expect(await findPostLocation(null, created.postId)).toEqual({ threadId: created.threadId, page: 1 });
  });

  it("a locked thread refuses replies except from moderators", async () => {
    const author = await makeUser("STAKEHOLDER");
    const created = await createThread(author, thread(PUBLIC, "Sujet bientôt fermé", "Premier message"));
    await expectCode(setThreadLock(stakeholder, created.threadId, true), "FORBIDDEN");
    await setThreadLock(moderator, created.threadId, true);
    await expectCode(createReply(author, { threadId: created.threadId, to: null, body: "Encore un mot" }), "INVALID", "threadLocked");
    await createReply(moderator, { threadId: created.threadId, to: null, body: "Discussion close, merci à tous." });
    expect(await prisma.auditLog.count({ where: { action: "space.thread.lock", entityId: String(created.threadId) } })).toBe(2); // the refusal and the lock
    expect(
      await prisma.auditLog.count({
        where: { action: "space.thread.lock", entityId: String(created.threadId), outcome: "DENIED", actorUserId: stakeholder.id },
      }),
    ).toBe(1);
  });
});

describe("reports", () => {
  async function freshPost() {
    const author = await makeUser("STAKEHOLDER");
    const created = await createThread(author, thread(PUBLIC, `Sujet signalé ${randomUUID().slice(0, 8)}`, "Un message qui sera signalé"));
    const reply = await createReply(author, { threadId: created.threadId, to: null, body: "Une réponse qui sera signalée" });
    return { author, ...created, replyId: reply.postId };
  }

  it(`five concurrent reports by distinct users hide the post exactly once, with every report kept`, async () => {
    const { replyId } = await freshPost();
    const reporters = await Promise.all(Array.from({ length: 5 }, () => makeUser("STAKEHOLDER")));
    const results = await Promise.allSettled(reporters.map((reporter) => reportPost(reporter, { postId: replyId, reason: "Propos injurieux" })));
    const fulfilled = results.filter((r) => r.status === "fulfilled").map((r) => (r as PromiseFulfilledResult<{ isHidden: boolean }>).value);
    // The first three are recorded while the post is visible; the third hides it; later ones
    // find it hidden (refused) or, if they locked it first, are among the first three.
    expect(fulfilled.length).toBeGreaterThanOrEqual(REPORTS_TO_HIDE);
    expect(fulfilled.filter((r) => r.isHidden)).toHaveLength(1);
    expect(await prisma.postReport.count({ where: { postId: replyId } })).toBe(fulfilled.length);
    expect((await prisma.post.findUniqueOrThrow({ where: { id: replyId } })).status).toBe("HIDDEN_PENDING_REVIEW");
    expect(await prisma.auditLog.count({ where: { action: "space.post.auto-hide", entityId: String(replyId) } })).toBe(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "INVALID", message: "notReportable" });
  });

  it("two reports leave the post visible; the third distinct reporter hides it and its thread when it opens the thread", async () => {
    const { postId, threadId } = await freshPost();
    const [a, b, c] = await Promise.all([makeUser("STAKEHOLDER"), makeUser("STAKEHOLDER"), makeUser("STAKEHOLDER")]);
    expect(await reportPost(a!, { postId, reason: "Hors sujet" })).toMatchObject({ isHidden: false });
    expect(await reportPost(b!, { postId, reason: "Hors sujet" })).toMatchObject({ isHidden: false });
    expect(await reportPost(c!, { postId, reason: "Hors sujet" })).toMatchObject({ isHidden: true });
    expect((await prisma.thread.findUniqueOrThrow({ where: { id: threadId } })).status).toBe("HIDDEN_PENDING_REVIEW");
    expect(await findThreadPage(null, threadId, 1)).toMatchObject({ isHidden: true, posts: [] });
    expect((await findCategoryPage(null, PUBLIC, 1))?.threads.map((t) => t.id)).not.toContain(threadId);
    const queue = await findModerationQueue(moderator);
    expect(queue.items.find((item) => item.id === postId)?.reports).toHaveLength(3);
  });

  it("the same user's second report is refused and counts once", async () => {
    const { postId } = await freshPost();
    const reporter = await makeUser("STAKEHOLDER");
    await reportPost(reporter, { postId, reason: "Publicité" });
    await expectCode(reportPost(reporter, { postId, reason: "Publicité, encore" }), "CONFLICT", "alreadyReported");
    await Promise.allSettled([reportPost(reporter, { postId, reason: "x x x x x" }), reportPost(reporter, { postId, reason: "y y y y y" })]);
    expect(await prisma.postReport.count({ where: { postId } })).toBe(1);
  });

  it("a user cannot report their own post; the attempt is audited", async () => {
    const { author, postId } = await freshPost();
    await expectCode(reportPost(author, { postId, reason: "Je me signale" }), "FORBIDDEN", "ownPost");
    expect(await prisma.postReport.count({ where: { postId } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { actorUserId: author.id, action: "space.post.report-own", outcome: "DENIED" } })).toBe(1);
  });

  it("a moderator restores with a note (audited); open reports are resolved, so three new reporters are needed", async () => {
    const { replyId, threadId } = await freshPost();
    const first = await Promise.all([makeUser("STAKEHOLDER"), makeUser("STAKEHOLDER"), makeUser("STAKEHOLDER")]);
    for (const reporter of first) await reportPost(reporter, { postId: replyId, reason: "Propos déplacés" });
    await expectCode(moderatePost(stakeholder, { postId: replyId, decision: "restore", note: "Je restaure" }), "FORBIDDEN");
    await moderatePost(moderator, { postId: replyId, decision: "restore", note: "Critique vive mais légitime" });
    const post = await prisma.post.findUniqueOrThrow({ where: { id: replyId } });
    expect(post).toMatchObject({ status: "VISIBLE", moderationNote: "Critique vive mais légitime" });
    expect(await prisma.postReport.count({ where: { postId: replyId, resolvedAt: null } })).toBe(0);
    expect(
      await prisma.auditLog.count({ where: { action: "space.post.restore", entityId: String(replyId), outcome: "DENIED", actorUserId: stakeholder.id } }),
    ).toBe(1);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "space.post.restore", entityId: String(replyId), outcome: "SUCCESS" } });
    expect(audit).toMatchObject({ actorUserId: moderator.id, outcome: "SUCCESS" });
    expect(audit.detail).toMatchObject({ note: "Critique vive mais légitime", resolvedReports: 3, threadId });
    // The earlier reporters cannot report again; two new ones do not reach the threshold.
    await expectCode(reportPost(first[0]!, { postId: replyId, reason: "Encore" }), "CONFLICT");
    for (const reporter of await Promise.all([makeUser("STAKEHOLDER"), makeUser("STAKEHOLDER")]))
      await reportPost(reporter, { postId: replyId, reason: "Toujours déplacé" });
    expect((await prisma.post.findUniqueOrThrow({ where: { id: replyId } })).status).toBe("VISIBLE");
    await moderatePost(moderator, { postId: replyId, decision: "remove", note: "Retiré après second examen" });
    expect((await prisma.post.findUniqueOrThrow({ where: { id: replyId } })).status).toBe("REMOVED");
  });
});

describe("editing", () => {
  it("the author edits within 30 minutes; every version is kept and visible to moderators", async () => {
    const author = await makeUser("STAKEHOLDER");
    const created = await createThread(author, thread(PUBLIC, "Sujet à corriger", "Premiere version"));
    await editPost(author, { postId: created.postId, body: "Première version, corrigée" });
    await editPost(author, { postId: created.postId, body: "Première version, corrigée deux fois" });
    const { versions } = await findPostVersions(moderator, created.postId);
    expect(versions.map((v) => v.body)).toEqual(["Premiere version", "Première version, corrigée", "Première version, corrigée deux fois"]);
    expect((await prisma.post.findUniqueOrThrow({ where: { id: created.postId } })).editedAt).not.toBeNull();
    await expectCode(findPostVersions(stakeholder, created.postId), "FORBIDDEN");
    await expectCode(editPost(stakeholder, { postId: created.postId, body: "Pas mon message" }), "FORBIDDEN");
    await expectCode(editPost(moderator, { postId: created.postId, body: "Pas mon message non plus" }), "FORBIDDEN");
  });

  it("after 30 minutes the edit is refused and nothing changes", async () => {
    const author = await makeUser("STAKEHOLDER");
    const created = await createThread(author, thread(PUBLIC, "Sujet ancien", "Texte d'origine"));
    await prisma.post.update({ where: { id: created.postId }, data: { createdAt: new Date(Date.now() - 31 * 60 * 1000) } });
    await expectCode(editPost(author, { postId: created.postId, body: "Trop tard" }), "INVALID", "editWindowClosed");
    // The window is also a condition of the UPDATE itself: "now" inside the window but the row older fails too.
    await prisma.post.update({ where: { id: created.postId }, data: { createdAt: new Date(Date.now() - 29 * 60 * 1000) } });
    await expectCode(
      editPost(author, { postId: created.postId, body: "Toujours trop tard" }, new Date(Date.now() + 2 * 60 * 1000)),
      "INVALID",
      "editWindowClosed",
    );
    expect((await prisma.post.findUniqueOrThrow({ where: { id: created.postId } })).body).toBe("Texte d'origine");
    expect(await prisma.postVersion.count({ where: { postId: created.postId } })).toBe(1);
  });
});

describe("rate limit", () => {
  it(`a user posts ${POSTS_PER_WINDOW} times in the window, then is refused until it ends`, async () => {
    const author = await makeUser("STAKEHOLDER");
    const created = await createThread(author, thread(PUBLIC, "Sujet bavard", "Message 1"));
    for (let i = 2; i <= POSTS_PER_WINDOW; i++) await createReply(author, { threadId: created.threadId, to: null, body: `Message ${i}` });
    await expectCode(createReply(author, { threadId: created.threadId, to: null, body: "Un de trop" }), "RATE_LIMITED");
    expect(await prisma.post.count({ where: { threadId: created.threadId } })).toBe(POSTS_PER_WINDOW);
    // Another user is not affected: the counter is per user.
    await createReply(stakeholder, { threadId: created.threadId, to: null, body: "Moi je peux" });
  });
});

describe("subscriptions", () => {
  it("counts other people's new posts as unread until read, for threads and projects", async () => {
    const follower = await makeUser("STAKEHOLDER");
    const created = await createThread(stakeholder, thread(PROJECT_CATEGORY, "Suivi des registres", "Où en est la numérisation ?"));
    await setFollowing(follower, { target: "thread", threadId: created.threadId, follow: true });
    await setFollowing(follower, { target: "project", project: "modernisation-etat-civil", follow: true });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await createReply(moderator, { threadId: created.threadId, to: null, body: "Environ 40 % des registres." });
    await createReply(follower, { threadId: created.threadId, to: null, body: "Merci !" }); // one's own posts are never unread
    const followed = await findFollowed(follower);
    const threadItem = followed.find((item) => item.threadId === created.threadId)!;
    expect(threadItem.unread).toBe(1);
    expect(followed.find((item) => item.projectSlug === "modernisation-etat-civil")!.unread).toBeGreaterThanOrEqual(1);
    await findThreadPage(follower, created.threadId, 1, new Date(Date.now() + 1000)); // reading marks the thread read
    expect((await findFollowed(follower)).find((item) => item.threadId === created.threadId)!.unread).toBe(0);
    await expectCode(markSubscriptionRead(stakeholder, threadItem.id), "NOT_FOUND");
  });
});

describe("search", () => {
  it("is accent-insensitive in French and tolerant of Arabic spelling variants", async () => {
    const author = await makeUser("STAKEHOLDER");
    const fr = await createThread(author, thread(PUBLIC, "Délivrance électronique", "La dématérialisation des procédures améliore l'accès."));
    const ar = await createThread(author, thread(PUBLIC, "الإدارة الرقمية", "تحسين الخدمات الإلكترونية للمواطنين"));
    expect((await searchSpace(null, "dematerialisation", 1)).hits.map((h) => h.postId)).toContain(fr.postId);
    expect((await searchSpace(null, "procedure", 1)).hits.map((h) => h.postId)).toContain(fr.postId); // French stemming
    expect((await searchSpace(null, "delivrance", 1)).hits.map((h) => h.postId)).toContain(fr.postId); // the title finds the opening post
    expect((await searchSpace(null, "الاداره", 1)).hits.map((h) => h.postId)).toContain(ar.postId);
    expect((await searchSpace(null, "الالكترونيه", 1)).hits.map((h) => h.postId)).toContain(ar.postId);
    expect((await searchSpace(null, "   ", 1)).total).toBe(0);
  });
});
