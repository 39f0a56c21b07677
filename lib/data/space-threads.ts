import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { canModerate, canReadCategory, refuseRead, type Reader } from "./space-access";

/**
 * Posts per page of a thread, counted in reading order (each top-level post followed by its
 * replies), so a post with hundreds of replies is paginated too.
 */
export const POSTS_PER_PAGE = 30;

const threadSelect = {
  id: true,
  title: true,
  isLocked: true,
  status: true,
  createdAt: true,
  lastPostAt: true,
  category: { select: { id: true, slug: true, titleFr: true, titleAr: true, isPublic: true } },
  project: { select: { slug: true, titleFr: true, titleAr: true } },
  session: { select: { number: true } },
} satisfies Prisma.ThreadSelect;

const postSelect = {
  id: true,
  body: true,
  status: true,
  createdAt: true,
  editedAt: true,
  moderationNote: true,
  authorId: true,
  parentId: true,
  author: { select: { name: true, role: true } },
  quotedPost: { select: { id: true, body: true, status: true, author: { select: { name: true } } } },
} satisfies Prisma.PostSelect;

export type ThreadSummary = Prisma.ThreadGetPayload<{ select: typeof threadSelect }>;
/** A post of the page, with how many versions it has and how many open reports. */
export type ThreadPost = Prisma.PostGetPayload<{ select: typeof postSelect }> & { versionCount: number; openReportCount: number };
export type ThreadPage = {
  thread: ThreadSummary;
  /** Hidden with its opening post: readers other than moderators see a notice, no content. */
  isHidden: boolean;
  /**
   * The page's posts grouped under their top-level post. `isContinued`: the top-level post is
   * on an earlier page and only its replies continue here (the page shows a link to it).
   */
  posts: Array<ThreadPost & { replies: ThreadPost[]; isContinued: boolean }>;
  page: number;
  pageCount: number;
  isFollowing: boolean;
};

/** A thread the reader may read, or NOT_FOUND (also for a restricted thread: its existence stays private). */
async function findReadableThread(reader: Reader, threadId: number, action: string): Promise<ThreadSummary> {
  const thread = await db.thread.findUnique({ where: { id: threadId }, select: threadSelect });
  if (!thread) throw new AppError("NOT_FOUND");
  if (!canReadCategory(reader, thread.category)) await refuseRead(reader, action, "Thread", threadId);
  return thread;
}

/**
 * One page of a thread in reading order: each top-level post, then its replies (a reply to a
 * reply is one of them, quoting it). A fixed number of queries whatever the page shows.
 * Reading marks the reader's subscription to the thread as read.
 */
export async function findThreadPage(reader: Reader, threadId: number, page: number, now = new Date()): Promise<ThreadPage | null> {
  const thread = await findReadableThread(reader, threadId, "space.thread.read");
  const isHidden = thread.status !== "VISIBLE" && !canModerate(reader);
  if (isHidden) return { thread, isHidden, posts: [], page: 1, pageCount: 1, isFollowing: false };
  const [count, pageIds, subscription] = await Promise.all([
    db.post.count({ where: { threadId } }),
    db.$queryRaw<{ id: number }[]>`
      SELECT "id" FROM "Post" WHERE "threadId" = ${threadId}
      ORDER BY COALESCE("parentId", "id"), "id"
      LIMIT ${POSTS_PER_PAGE} OFFSET ${(page - 1) * POSTS_PER_PAGE}`,
    reader ? db.subscription.updateMany({ where: { userId: reader.id, threadId }, data: { lastReadAt: now } }) : null,
  ]);
  const pageCount = Math.max(1, Math.ceil(count / POSTS_PER_PAGE));
  if (page > pageCount) return null;
  const ids = pageIds.map((row) => row.id);
  const rows = ids.length === 0 ? [] : await db.post.findMany({ where: { id: { in: ids } }, select: postSelect });
  const byId = new Map(rows.map((row) => [row.id, row]));
  const ordered = ids.map((id) => byId.get(id)!).filter(Boolean);
  // The first replies of a page may belong to a top-level post shown on the page before.
  const continuedId = ordered[0]?.parentId ?? null;
  const continued = continuedId === null ? null : await db.post.findUnique({ where: { id: continuedId }, select: postSelect });
  const counted = await withCounts(continued ? [continued, ...ordered] : ordered);
  const groups: ThreadPage["posts"] = [];
  if (continued) groups.push({ ...counted(continued), replies: [], isContinued: true });
  for (const post of ordered) {
    if (post.parentId === null) groups.push({ ...counted(post), replies: [], isContinued: false });
    else groups[groups.length - 1]?.replies.push(counted(post));
  }
  return { thread, isHidden, posts: groups, page, pageCount, isFollowing: (subscription?.count ?? 0) > 0 };
}

/**
 * Versions and open reports per post, for the posts of one page only (two grouped queries;
 * Prisma's relation _count would aggregate the whole table in a subquery).
 */
async function withCounts(posts: Array<{ id: number }>) {
  const ids = posts.map((post) => post.id);
  const [versions, reports] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          db.postVersion.groupBy({ by: ["postId"], where: { postId: { in: ids } }, _count: { _all: true } }),
          db.postReport.groupBy({ by: ["postId"], where: { postId: { in: ids }, resolvedAt: null }, _count: { _all: true } }),
        ]);
  const versionCount = new Map(versions.map((row) => [row.postId, row._count._all]));
  const reportCount = new Map(reports.map((row) => [row.postId, row._count._all]));
  return <Post extends { id: number }>(post: Post) => ({
    ...post,
    versionCount: versionCount.get(post.id) ?? 0,
    openReportCount: reportCount.get(post.id) ?? 0,
  });
}

/** Where a post is shown: its thread and the page it is on in reading order (for links and redirects). */
export async function findPostLocation(reader: Reader, postId: number): Promise<{ threadId: number; page: number }> {
  const post = await db.post.findUnique({
    where: { id: postId },
    select: { id: true, threadId: true, parentId: true, thread: { select: { category: { select: { isPublic: true } } } } },
  });
  if (!post) throw new AppError("NOT_FOUND");
  if (!canReadCategory(reader, post.thread.category)) await refuseRead(reader, "space.post.read", "Post", postId);
  const [{ before } = { before: 0 }] = await db.$queryRaw<{ before: number }[]>`
    SELECT count(*)::int AS "before" FROM "Post"
    WHERE "threadId" = ${post.threadId} AND (COALESCE("parentId", "id"), "id") < (${post.parentId ?? post.id}, ${post.id})`;
  return { threadId: post.threadId, page: Math.floor(before / POSTS_PER_PAGE) + 1 };
}

const singlePostSelect = {
  id: true,
  body: true,
  status: true,
  createdAt: true,
  authorId: true,
  parentId: true,
  author: { select: { name: true } },
  thread: { select: threadSelect },
} satisfies Prisma.PostSelect;

export type SinglePost = Prisma.PostGetPayload<{ select: typeof singlePostSelect }>;

/**
 * A post shown above a form (reply to it, report it, edit it): readable, and visible unless
 * the reader moderates. The form's action checks everything again.
 */
export async function findPostForForm(reader: Reader, postId: number, action: string): Promise<SinglePost> {
  const post = await db.post.findUnique({ where: { id: postId }, select: singlePostSelect });
  if (!post) throw new AppError("NOT_FOUND");
  if (!canReadCategory(reader, post.thread.category)) await refuseRead(reader, action, "Post", postId);
  if ((post.status !== "VISIBLE" || post.thread.status !== "VISIBLE") && !canModerate(reader)) throw new AppError("NOT_FOUND");
  return post;
}

/** The thread above the "reply" form. */
export async function findThreadForReply(reader: Reader, threadId: number): Promise<ThreadSummary> {
  const thread = await findReadableThread(reader, threadId, "space.thread.read");
  if (thread.status !== "VISIBLE" && !canModerate(reader)) throw new AppError("NOT_FOUND");
  return thread;
}

/** The project and the session a thread is linked to, whose public pages list it. */
export async function findThreadLinks(threadId: number): Promise<{ projectSlug: string | null; sessionNumber: number | null }> {
  const thread = await db.thread.findUnique({
    where: { id: threadId },
    select: { project: { select: { slug: true } }, session: { select: { number: true } } },
  });
  return { projectSlug: thread?.project?.slug ?? null, sessionNumber: thread?.session?.number ?? null };
}
