import "server-only";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { ModerationInput } from "../validation/space";
import { recordAudit } from "./audit";
import { canModerate, canReadCategory, refuseRead, requireModerator, type Reader } from "./space-access";
import { setPostStatus } from "./space-reports";

const queueSelect = {
  id: true,
  body: true,
  status: true,
  createdAt: true,
  author: { select: { name: true } },
  thread: { select: { id: true, title: true, category: { select: { titleFr: true, titleAr: true, isPublic: true } } } },
  reports: { where: { resolvedAt: null }, orderBy: { id: "asc" }, select: { id: true, reason: true, createdAt: true, reporter: { select: { name: true } } } },
} satisfies Prisma.PostSelect;

export type QueueItem = Prisma.PostGetPayload<{ select: typeof queueSelect }>;

export const QUEUE_PAGE_SIZE = 30;

/**
 * The moderators' queue: posts hidden by reports first (oldest first, they wait for a
 * decision), then visible posts that have open reports but not yet enough to be hidden.
 */
export async function findModerationQueue(reader: Reader, page = 1): Promise<{ total: number; items: QueueItem[] }> {
  await requireModerator(reader, "space.moderation.queue", "Post", "queue");
  const where: Prisma.PostWhereInput = { OR: [{ status: "HIDDEN_PENDING_REVIEW" }, { status: "VISIBLE", reports: { some: { resolvedAt: null } } }] };
  const [total, items] = await Promise.all([
    db.post.count({ where }),
    db.post.findMany({ where, orderBy: [{ status: "desc" }, { id: "asc" }], skip: (page - 1) * QUEUE_PAGE_SIZE, take: QUEUE_PAGE_SIZE, select: queueSelect }),
  ]);
  return { total, items };
}

const decisionSelect = {
  ...queueSelect,
  editedAt: true,
  moderatedAt: true,
  moderationNote: true,
  parentId: true,
  thread: { select: { id: true, title: true, isLocked: true, category: { select: { slug: true, titleFr: true, titleAr: true, isPublic: true } } } },
  reports: { orderBy: { id: "asc" }, select: { id: true, reason: true, createdAt: true, resolvedAt: true, reporter: { select: { name: true } } } },
} satisfies Prisma.PostSelect;

export type PostForModeration = Prisma.PostGetPayload<{ select: typeof decisionSelect }> & { versionCount: number };

/** One post with every report (open and resolved) and its last decision, for the decision page. */
export async function findPostForModeration(reader: Reader, postId: number): Promise<PostForModeration> {
  await requireModerator(reader, "space.moderation.read", "Post", postId);
  const [post, versionCount] = await Promise.all([
    db.post.findUnique({ where: { id: postId }, select: decisionSelect }),
    db.postVersion.count({ where: { postId } }),
  ]);
  if (!post) throw new AppError("NOT_FOUND");
  return { ...post, versionCount };
}

/**
 * Restores (visible again) or removes a post, with the moderator's note. Open reports are
 * resolved, so a restored post is hidden again only by three new reporters. Audit-logged
 * with the note, in the same transaction.
 */
export async function moderatePost(reader: Reader, input: ModerationInput, now = new Date()): Promise<{ threadId: number }> {
  const actor = await requireModerator(reader, `space.post.${input.decision}`, "Post", input.postId);
  return db.$transaction(async (tx) => {
    const [post] = await tx.$queryRaw<{ id: number; threadId: number; status: string }[]>`
      SELECT "id", "threadId", "status"::text AS "status" FROM "Post" WHERE "id" = ${input.postId} FOR UPDATE`;
    if (!post) throw new AppError("NOT_FOUND");
    const status = input.decision === "restore" ? "VISIBLE" : "REMOVED";
    await setPostStatus(tx, post.id, post.threadId, status, { moderatedAt: now, moderationNote: input.note });
    const resolved = await tx.postReport.updateMany({ where: { postId: post.id, resolvedAt: null }, data: { resolvedAt: now } });
    await recordAudit(
      {
        actor,
        action: `space.post.${input.decision}`,
        entityType: "Post",
        entityId: post.id,
        detail: { threadId: post.threadId, from: post.status, to: status, resolvedReports: resolved.count, note: input.note },
      },
      tx,
    );
    return { threadId: post.threadId };
  });
}

/** Locks (no new replies) or unlocks a thread. */
export async function setThreadLock(reader: Reader, threadId: number, isLocked: boolean): Promise<void> {
  const actor = await requireModerator(reader, isLocked ? "space.thread.lock" : "space.thread.unlock", "Thread", threadId);
  await db.$transaction(async (tx) => {
    const updated = await tx.thread.updateMany({ where: { id: threadId }, data: { isLocked } });
    if (updated.count === 0) throw new AppError("NOT_FOUND");
    await recordAudit({ actor, action: isLocked ? "space.thread.lock" : "space.thread.unlock", entityType: "Thread", entityId: threadId }, tx);
  });
}

/** Every version of a post, oldest first: for moderators, and for its author. */
export async function findPostVersions(reader: Reader, postId: number) {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: {
      id: true,
      authorId: true,
      threadId: true,
      createdAt: true,
      author: { select: { name: true } },
      thread: { select: { title: true, category: { select: { isPublic: true } } } },
    },
  });
  if (!post) throw new AppError("NOT_FOUND");
  if (!canReadCategory(reader, post.thread.category)) await refuseRead(reader, "space.post.versions", "Post", postId);
  if (!reader || (!canModerate(reader) && reader.id !== post.authorId)) {
    if (reader) await recordAudit({ actor: reader as Actor, action: "space.post.versions", outcome: "DENIED", entityType: "Post", entityId: postId });
    throw new AppError(reader ? "FORBIDDEN" : "UNAUTHENTICATED");
  }
  const versions = await db.postVersion.findMany({
    where: { postId },
    orderBy: { id: "asc" },
    select: { id: true, body: true, createdAt: true, editor: { select: { name: true } } },
  });
  return { post, versions };
}
