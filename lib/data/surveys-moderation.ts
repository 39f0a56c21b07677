import "server-only";
import { AppError } from "../errors";
import { db } from "../db";
import { recordAudit } from "./audit";
import { requireSurveyPermission, type SurveyActor } from "./surveys-admin-guard";

export type PendingText = { id: string; questionId: number; promptFr: string; text: string; submittedAt: Date };

/** Free-text answers of a survey waiting for a moderator, oldest first (the queue's order). */
export async function findPendingFreeTextAnswers(actor: SurveyActor, surveyId: number, limit = 50): Promise<PendingText[]> {
  await requireSurveyPermission(actor, "moderate", "survey.moderation-queue", { type: "Survey", id: surveyId });
  const rows = await db.surveyAnswer.findMany({
    where: { moderationStatus: "PENDING", question: { surveyId } },
    orderBy: { id: "asc" },
    take: Math.min(Math.max(1, limit), 500),
    select: { id: true, questionId: true, text: true, question: { select: { promptFr: true } }, response: { select: { submittedAt: true } } },
  });
  return rows.map((r) => ({ id: String(r.id), questionId: r.questionId, promptFr: r.question.promptFr, text: r.text ?? "", submittedAt: r.response.submittedAt }));
}

/**
 * Approves (published in the results) or rejects (never shown) one free-text answer. A
 * decision can be revised. Only free-text answers have a moderation status; the audit
 * entry records the decision, never the text (it may say who wrote it).
 */
export async function moderateFreeTextAnswer(actor: SurveyActor, answerId: string | bigint, decision: "APPROVED" | "REJECTED"): Promise<void> {
  // Beyond int8 PostgreSQL refuses the value with an error (a 500), not a miss: such an id is "not found".
  const parsed = typeof answerId === "bigint" ? answerId : /^[1-9]\d{0,18}$/.test(answerId) ? BigInt(answerId) : null;
  const id = parsed !== null && parsed > 0n && parsed <= 9_223_372_036_854_775_807n ? parsed : null;
  await requireSurveyPermission(actor, "moderate", "survey.moderate", { type: "SurveyAnswer", id: String(answerId) });
  if (id === null) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    const { count } = await tx.surveyAnswer.updateMany({ where: { id, moderationStatus: { not: null }, question: { kind: "FREE_TEXT" } }, data: { moderationStatus: decision } });
    if (count === 0) throw new AppError("NOT_FOUND");
    await recordAudit({ actor, action: "survey.moderate", entityType: "SurveyAnswer", entityId: String(id), detail: { decision } }, tx);
  });
}
