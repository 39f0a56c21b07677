import "server-only";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import type { ReportInput } from "../validation/space";
import { recordAudit } from "./audit";
import { canReadCategory } from "./space-access";

/** Distinct people whose open reports hide a post until a moderator decides. */
export const REPORTS_TO_HIDE = 3;

type LockedPost = { id: number; authorId: number; status: string; threadId: number; isPublic: boolean };

/**
 * Records one report and hides the post when it reaches REPORTS_TO_HIDE distinct open
 * reports. The post's row is locked (FOR UPDATE) for the whole transaction, so concurrent
 * reports are counted one after the other: the one that reaches the threshold hides the
 * post, exactly once, and none is missed. UNIQUE(postId, reporterId) makes a second report
 * by the same person a no-op that is refused.
 */
export async function reportPost(reader: Actor | null, input: ReportInput): Promise<{ threadId: number; isHidden: boolean }> {
  if (!reader) throw new AppError("UNAUTHENTICATED");
  const actor = reader;
  // Set inside the transaction, written after its rollback, so the refusal is recorded.
  const denied: { action: string | null } = { action: null };
  try {
    return await db.$transaction(async (tx) => {
      const [post] = await tx.$queryRaw<LockedPost[]>`
        SELECT p."id", p."authorId", p."status"::text AS "status", p."threadId", c."isPublic"
        FROM "Post" p JOIN "Thread" t ON t."id" = p."threadId" JOIN "DiscussionCategory" c ON c."id" = t."categoryId"
        WHERE p."id" = ${input.postId}
        FOR UPDATE OF p`;
      if (!post) throw new AppError("NOT_FOUND");
      if (!canReadCategory(actor, post)) {
        denied.action = "space.post.report";
        throw new AppError("NOT_FOUND");
      }
      // Reporting one's own post would be a way to hide it without deleting it, or noise.
      if (post.authorId === actor.id) {
        denied.action = "space.post.report-own";
        throw new AppError("FORBIDDEN", "ownPost");
      }
      if (post.status !== "VISIBLE") throw new AppError("INVALID", "notReportable");

      const inserted = await tx.$queryRaw<{ id: number }[]>`
        INSERT INTO "PostReport" ("postId", "reporterId", "reason") VALUES (${post.id}, ${actor.id}, ${input.reason})
        ON CONFLICT ("postId", "reporterId") DO NOTHING RETURNING "id"`;
      if (inserted.length === 0) throw new AppError("CONFLICT", "alreadyReported");
      await recordAudit({ actor, action: "space.post.report", entityType: "Post", entityId: post.id }, tx);

      const [{ open } = { open: 0 }] = await tx.$queryRaw<{ open: number }[]>`
        SELECT count(*)::int AS "open" FROM "PostReport" WHERE "postId" = ${post.id} AND "resolvedAt" IS NULL`;
      if (open < REPORTS_TO_HIDE) return { threadId: post.threadId, isHidden: false };

      await setPostStatus(tx, post.id, post.threadId, "HIDDEN_PENDING_REVIEW");
      await recordAudit(
        { actor: null, action: "space.post.auto-hide", entityType: "Post", entityId: post.id, detail: { openReports: open, threadId: post.threadId } },
        tx,
      );
      return { threadId: post.threadId, isHidden: true };
    });
  } catch (error) {
    if (denied.action) await recordAudit({ actor, action: denied.action, outcome: "DENIED", entityType: "Post", entityId: input.postId });
    throw error;
  }
}

/**
 * Sets a post's status; when it is the thread's opening post, the thread takes the same
 * status (lists filter on it). Call inside the transaction that holds the post's lock.
 */
export async function setPostStatus(
  tx: Prisma.TransactionClient,
  postId: number,
  threadId: number,
  status: "VISIBLE" | "HIDDEN_PENDING_REVIEW" | "REMOVED",
  extra: Prisma.PostUpdateInput = {},
): Promise<void> {
  await tx.post.update({ where: { id: postId }, data: { status, ...extra } });
  const opening = await tx.post.findFirst({ where: { threadId, parentId: null }, orderBy: { id: "asc" }, select: { id: true } });
  if (opening?.id === postId) await tx.thread.update({ where: { id: threadId }, data: { status } });
}

/** Whether this user has already reported the post (the form page says so instead of offering it again). */
export async function hasReported(actor: Actor, postId: number): Promise<boolean> {
  return (await db.postReport.count({ where: { postId, reporterId: actor.id } })) > 0;
}
