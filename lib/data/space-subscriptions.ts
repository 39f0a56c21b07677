import "server-only";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import type { FollowInput } from "../validation/space";
import { recordAudit } from "./audit";
import { canReadCategory, canReadRestricted, refuseRead } from "./space-access";

/** Follows or stops following a thread (one the user may read) or a project. */
export async function setFollowing(
  reader: Actor | null,
  input: FollowInput,
  now = new Date(),
): Promise<{ threadId: number | null; projectSlug: string | null }> {
  if (!reader) throw new AppError("UNAUTHENTICATED");
  if (input.target === "thread") {
    const thread = await db.thread.findUnique({ where: { id: input.threadId }, select: { id: true, category: { select: { isPublic: true } } } });
    if (!thread) throw new AppError("NOT_FOUND");
    if (!canReadCategory(reader, thread.category)) await refuseRead(reader, "space.thread.follow", "Thread", thread.id);
    if (input.follow)
      await db.subscription.upsert({
        where: { userId_threadId: { userId: reader.id, threadId: thread.id } },
        create: { userId: reader.id, threadId: thread.id, lastReadAt: now },
        update: {},
      });
    else await db.subscription.deleteMany({ where: { userId: reader.id, threadId: thread.id } });
    return { threadId: thread.id, projectSlug: null };
  }
  const project = await db.project.findUnique({ where: { slug: input.project }, select: { id: true, slug: true } });
  if (!project) throw new AppError("NOT_FOUND");
  if (input.follow)
    await db.subscription.upsert({
      where: { userId_projectId: { userId: reader.id, projectId: project.id } },
      create: { userId: reader.id, projectId: project.id, lastReadAt: now },
      update: {},
    });
  else await db.subscription.deleteMany({ where: { userId: reader.id, projectId: project.id } });
  return { threadId: null, projectSlug: project.slug };
}

/** Marks one of the user's own subscriptions as read; someone else's is refused and audited. */
export async function markSubscriptionRead(reader: Actor | null, subscriptionId: number, now = new Date()): Promise<void> {
  if (!reader) throw new AppError("UNAUTHENTICATED");
  const updated = await db.subscription.updateMany({ where: { id: subscriptionId, userId: reader.id }, data: { lastReadAt: now } });
  if (updated.count === 0) {
    const exists = await db.subscription.count({ where: { id: subscriptionId } });
    if (exists)
      await recordAudit({ actor: reader, action: "space.subscription.read", outcome: "DENIED", entityType: "Subscription", entityId: subscriptionId });
    throw new AppError("NOT_FOUND");
  }
}

export type FollowedItem = {
  id: number;
  threadId: number | null;
  threadTitle: string | null;
  projectSlug: string | null;
  projectTitleFr: string | null;
  projectTitleAr: string | null;
  unread: number;
  lastPostAt: Date | null;
};

/**
 * The user's followed threads and projects with their unread posts: visible posts by
 * others, newer than the subscription's lastReadAt, in threads the user may still read.
 * One query. A mail digest would send exactly this list (see docs/space.md).
 */
export async function findFollowed(reader: Actor): Promise<FollowedItem[]> {
  const restricted = canReadRestricted(reader);
  return db.$queryRaw<FollowedItem[]>`
    SELECT s."id", s."threadId", t."title" AS "threadTitle", pr."slug" AS "projectSlug", pr."titleFr" AS "projectTitleFr", pr."titleAr" AS "projectTitleAr",
           coalesce(n."unread", 0)::int AS "unread", n."lastPostAt"
    FROM "Subscription" s
    LEFT JOIN "Thread" t ON t."id" = s."threadId"
    LEFT JOIN "DiscussionCategory" tc ON tc."id" = t."categoryId"
    LEFT JOIN "Project" pr ON pr."id" = s."projectId"
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE p."createdAt" > s."lastReadAt" AND p."authorId" <> s."userId") AS "unread", max(p."createdAt") AS "lastPostAt"
      FROM "Post" p
      JOIN "Thread" th ON th."id" = p."threadId"
      JOIN "DiscussionCategory" c ON c."id" = th."categoryId"
      WHERE (th."id" = s."threadId" OR th."projectId" = s."projectId")
        AND p."status" = 'VISIBLE' AND th."status" = 'VISIBLE' AND (c."isPublic" OR ${restricted})
    ) n ON true
    WHERE s."userId" = ${reader.id}
      AND (s."projectId" IS NOT NULL OR (t."status" = 'VISIBLE' AND (tc."isPublic" OR ${restricted})))
    ORDER BY coalesce(n."unread", 0) > 0 DESC, n."lastPostAt" DESC NULLS LAST, s."id" DESC`;
}
