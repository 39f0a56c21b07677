import "server-only";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { countEvent } from "../rate-limit";
import type { EditPostInput, NewThreadInput, ReplyInput } from "../validation/space";
import { recordAudit } from "./audit";
import { canModerate, canReadCategory, refuseRead } from "./space-access";

/** Posting limit per user, threads, replies and edits together, shared by every instance. */
export const POSTS_PER_WINDOW = 10;
export const POST_WINDOW_SECONDS = 10 * 60;
/** Authors may correct a post for this long after posting it; every version is kept. */
export const EDIT_WINDOW_MS = 30 * 60 * 1000;

function requireSignedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return actor;
}

/** Counted before the write: a refused attempt still counts, so the limit cannot be probed for free. */
async function countPosting(actor: Actor): Promise<void> {
  const count = await countEvent({ scope: "space.post", key: String(actor.id), windowSeconds: POST_WINDOW_SECONDS });
  if (count > POSTS_PER_WINDOW) throw new AppError("RATE_LIMITED");
}

export type CreatedPost = { threadId: number; postId: number; projectSlug: string | null; sessionNumber: number | null };

/**
 * A new thread and its opening post. A thread in a project's or a session's category is
 * linked to it; in another category the author may link it to a project or a session.
 */
export async function createThread(reader: Actor | null, input: NewThreadInput): Promise<CreatedPost> {
  const actor = requireSignedIn(reader);
  const category = await db.discussionCategory.findUnique({
    where: { slug: input.category },
    select: { id: true, isPublic: true, projectId: true, sessionId: true },
  });
  if (!category) throw new AppError("NOT_FOUND");
  if (!canReadCategory(actor, category)) await refuseRead(actor, "space.thread.create", "DiscussionCategory", category.id);

  let projectId = category.projectId;
  if (projectId === null && input.project) {
    const project = await db.project.findUnique({ where: { slug: input.project }, select: { id: true } });
    if (!project) throw new AppError("INVALID", "projectUnknown");
    projectId = project.id;
  }
  let sessionId = category.sessionId;
  if (sessionId === null && input.session !== null) {
    const session = await db.committeeSession.findFirst({ where: { number: input.session, body: { kind: "CIGOV" } }, select: { id: true } });
    if (!session) throw new AppError("INVALID", "sessionUnknown");
    sessionId = session.id;
  }
  await countPosting(actor);

  const created = await db.$transaction(async (tx) => {
    const thread = await tx.thread.create({
      data: { categoryId: category.id, title: input.title, authorId: actor.id, projectId, sessionId },
      select: { id: true, createdAt: true },
    });
    const post = await tx.post.create({
      data: { threadId: thread.id, authorId: actor.id, body: input.body, createdAt: thread.createdAt },
      select: { id: true },
    });
    await tx.postVersion.create({ data: { postId: post.id, body: input.body, editorId: actor.id } });
    // Authors follow their own thread, so replies show up in their list.
    await tx.subscription.create({ data: { userId: actor.id, threadId: thread.id } });
    await recordAudit(
      { actor, action: "space.thread.create", entityType: "Thread", entityId: thread.id, detail: { postId: post.id, categoryId: category.id } },
      tx,
    );
    return { threadId: thread.id, postId: post.id };
  });
  return { ...created, ...(await linkedPages(projectId, sessionId)) };
}

async function linkedPages(projectId: number | null, sessionId: number | null): Promise<{ projectSlug: string | null; sessionNumber: number | null }> {
  const [project, session] = await Promise.all([
    projectId === null ? null : db.project.findUnique({ where: { id: projectId }, select: { slug: true } }),
    sessionId === null ? null : db.committeeSession.findUnique({ where: { id: sessionId }, select: { number: true } }),
  ]);
  return { projectSlug: project?.slug ?? null, sessionNumber: session?.number ?? null };
}

/**
 * A reply. Replies are one level deep: answering a top-level post makes a reply under it;
 * answering a reply makes a sibling reply that quotes it. Without `to`, a new top-level post.
 */
export async function createReply(reader: Actor | null, input: ReplyInput): Promise<CreatedPost> {
  const actor = requireSignedIn(reader);
  const thread = await db.thread.findUnique({
    where: { id: input.threadId },
    select: { id: true, isLocked: true, status: true, projectId: true, sessionId: true, category: { select: { isPublic: true } } },
  });
  if (!thread) throw new AppError("NOT_FOUND");
  if (!canReadCategory(actor, thread.category)) await refuseRead(actor, "space.post.create", "Thread", thread.id);
  const isModerator = canModerate(actor);
  if (thread.status !== "VISIBLE" && !isModerator) throw new AppError("NOT_FOUND");
  if (thread.isLocked && !isModerator) throw new AppError("INVALID", "threadLocked");

  let parentId: number | null = null;
  let quotedPostId: number | null = null;
  if (input.to !== null) {
    const target = await db.post.findFirst({ where: { id: input.to, threadId: thread.id }, select: { id: true, parentId: true, status: true } });
    if (!target || (target.status !== "VISIBLE" && !isModerator)) throw new AppError("INVALID", "replyTargetGone");
    parentId = target.parentId ?? target.id;
    quotedPostId = target.parentId === null ? null : target.id;
  }
  await countPosting(actor);

  const postId = await db.$transaction(async (tx) => {
    const post = await tx.post.create({
      data: { threadId: thread.id, authorId: actor.id, parentId, quotedPostId, body: input.body },
      select: { id: true, createdAt: true },
    });
    await tx.postVersion.create({ data: { postId: post.id, body: input.body, editorId: actor.id } });
    await tx.thread.update({ where: { id: thread.id }, data: { lastPostAt: post.createdAt } });
    await recordAudit({ actor, action: "space.post.create", entityType: "Post", entityId: post.id, detail: { threadId: thread.id, parentId } }, tx);
    return post.id;
  });
  return { threadId: thread.id, postId, ...(await linkedPages(thread.projectId, thread.sessionId)) };
}

/**
 * The author corrects a post within EDIT_WINDOW_MS. The window, the author and the status
 * are conditions of the UPDATE itself, so a check-then-write race cannot slip past them.
 */
export async function editPost(reader: Actor | null, input: EditPostInput, now = new Date()): Promise<CreatedPost> {
  const actor = requireSignedIn(reader);
  const post = await db.post.findUnique({
    where: { id: input.postId },
    select: {
      id: true,
      authorId: true,
      body: true,
      status: true,
      createdAt: true,
      threadId: true,
      thread: { select: { isLocked: true, projectId: true, sessionId: true, category: { select: { isPublic: true } } } },
    },
  });
  if (!post) throw new AppError("NOT_FOUND");
  if (!canReadCategory(actor, post.thread.category)) await refuseRead(actor, "space.post.edit", "Post", post.id);
  if (post.authorId !== actor.id) {
    await recordAudit({ actor, action: "space.post.edit", outcome: "DENIED", entityType: "Post", entityId: post.id });
    throw new AppError("FORBIDDEN");
  }
  if (post.status !== "VISIBLE") throw new AppError("INVALID", "notEditable");
  if (post.thread.isLocked && !canModerate(actor)) throw new AppError("INVALID", "threadLocked");
  if (!isWithinEditWindow(post.createdAt, now)) throw new AppError("INVALID", "editWindowClosed");
  if (post.body === input.body) throw new AppError("INVALID", "noChange");
  await countPosting(actor);

  await db.$transaction(async (tx) => {
    const updated = await tx.post.updateMany({
      where: { id: post.id, authorId: actor.id, status: "VISIBLE", createdAt: { gte: new Date(now.getTime() - EDIT_WINDOW_MS) } },
      data: { body: input.body, editedAt: now },
    });
    if (updated.count === 0) throw new AppError("INVALID", "editWindowClosed");
    await tx.postVersion.create({ data: { postId: post.id, body: input.body, editorId: actor.id, createdAt: now } });
    await recordAudit({ actor, action: "space.post.edit", entityType: "Post", entityId: post.id, detail: { threadId: post.threadId } }, tx);
  });
  return { threadId: post.threadId, postId: post.id, ...(await linkedPages(post.thread.projectId, post.thread.sessionId)) };
}

export function isWithinEditWindow(createdAt: Date, now = new Date()): boolean {
  return now.getTime() - createdAt.getTime() <= EDIT_WINDOW_MS;
}
