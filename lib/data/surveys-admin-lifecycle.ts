import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { surveyPhase, type SurveyPhase } from "../surveys/lifecycle";
import { db } from "../db";
import { recordAudit } from "./audit";
import { requireSurveyPermission, type SurveyActor } from "./surveys-admin-guard";

// draft -> (scheduled) -> open -> closed, and results published at any point once opened.
// Each step is one conditional UPDATE: it applies only if the survey is still in the phase
// the check saw (same dates), so two editors clicking at once cannot both apply a step.

type Dates = { opensAt: Date | null; closesAt: Date | null; resultsPublishedAt: Date | null };

async function step(
  actor: SurveyActor,
  surveyId: number,
  action: string,
  allowed: readonly SurveyPhase[],
  now: Date,
  change: (current: Dates) => Prisma.SurveyUpdateManyMutationInput,
): Promise<Dates> {
  await requireSurveyPermission(actor, "survey.manage", action, { type: "Survey", id: surveyId });
  const current = await db.survey.findUnique({ where: { id: surveyId }, select: { opensAt: true, closesAt: true, resultsPublishedAt: true } });
  if (!current) throw new AppError("NOT_FOUND");
  if (!allowed.includes(surveyPhase(current, now))) throw new AppError("CONFLICT", "admin.errors.invalidTransition");
  const data = change(current);
  return db.$transaction(async (tx) => {
    const { count } = await tx.survey.updateMany({
      where: { id: surveyId, opensAt: current.opensAt, closesAt: current.closesAt, resultsPublishedAt: current.resultsPublishedAt },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw new AppError("CONFLICT", "admin.errors.versionConflict");
    await recordAudit({ actor, action, entityType: "Survey", entityId: surveyId }, tx);
    return (await tx.survey.findUniqueOrThrow({ where: { id: surveyId }, select: { opensAt: true, closesAt: true, resultsPublishedAt: true } })) as Dates;
  });
}

/**
 * Opens a draft (or reschedules a survey not yet open): from `opensAt` (default now) to
 * `closesAt` (none: open until closed by hand). Its questions are frozen from then on.
 */
export async function openSurvey(actor: SurveyActor, surveyId: number, window: { opensAt?: Date; closesAt?: Date | null } = {}, now = new Date()): Promise<Dates> {
  const opensAt = window.opensAt ?? now;
  const closesAt = window.closesAt ?? null;
  if (closesAt && closesAt.getTime() <= opensAt.getTime()) throw new AppError("INVALID", "admin.errors.closeBeforeOpen");
  return step(actor, surveyId, "survey.open", ["draft", "scheduled"], now, () => ({ opensAt, closesAt }));
}

/** Closes an open survey now: later submissions are refused (410 in the API). */
export async function closeSurvey(actor: SurveyActor, surveyId: number, now = new Date()): Promise<Dates> {
  return step(actor, surveyId, "survey.close", ["open"], now, () => ({ closesAt: now }));
}

/** Makes the results public (also while the survey is still open: they then say so). */
export async function publishSurveyResults(actor: SurveyActor, surveyId: number, now = new Date()): Promise<Dates> {
  return step(actor, surveyId, "survey.publish-results", ["open", "closed"], now, (current) => {
    if (current.resultsPublishedAt && current.resultsPublishedAt <= now) throw new AppError("CONFLICT", "admin.errors.invalidTransition");
    return { resultsPublishedAt: now };
  });
}

/** Takes the results off the portal again (a mistake found after publication). */
export async function unpublishSurveyResults(actor: SurveyActor, surveyId: number, now = new Date()): Promise<Dates> {
  return step(actor, surveyId, "survey.unpublish-results", ["open", "closed"], now, (current) => {
    if (!current.resultsPublishedAt) throw new AppError("CONFLICT", "admin.errors.invalidTransition");
    return { resultsPublishedAt: null };
  });
}
