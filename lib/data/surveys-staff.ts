import "server-only";
import { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { requireSurveyPermission, type SurveyActor } from "./surveys-admin-guard";

// Reads the staff survey pages need beside surveys-admin*.ts: choices for a form and the
// moderators' entry point (they may moderate without managing surveys, so they cannot use
// findSurveysForStaff).

/** Projects a PROJECT_RATING question can point at, by title. */
export async function findSurveyProjectChoices(actor: SurveyActor): Promise<{ id: number; titleFr: string; titleAr: string | null }[]> {
  await requireSurveyPermission(actor, "survey.manage", "survey.project-choices", { type: "Survey", id: "*" });
  return db.project.findMany({ orderBy: { titleFr: "asc" }, select: { id: true, titleFr: true, titleAr: true } });
}

export type SurveyToModerate = { id: number; slug: string; titleFr: string; titleAr: string | null; pending: number };

/** Surveys with free-text questions, with their number of answers waiting for a moderator (one query). */
export async function findSurveysToModerate(actor: SurveyActor): Promise<SurveyToModerate[]> {
  await requireSurveyPermission(actor, "moderate", "survey.moderation-list", { type: "Survey", id: "*" });
  return db.$queryRaw<SurveyToModerate[]>(Prisma.sql`
    SELECT s.id, s.slug, s."titleFr", s."titleAr",
           (SELECT count(*)::int FROM "SurveyAnswer" a JOIN "SurveyQuestion" q2 ON q2.id = a."questionId"
             WHERE q2."surveyId" = s.id AND a."moderationStatus" = 'PENDING') AS pending
    FROM "Survey" s
    WHERE EXISTS (SELECT 1 FROM "SurveyQuestion" q WHERE q."surveyId" = s.id AND q.kind = 'FREE_TEXT')
    ORDER BY s."createdAt" DESC, s.id DESC`);
}
