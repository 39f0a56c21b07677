import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { keepsStructure } from "../surveys/structure";
import { surveyPhase } from "../surveys/lifecycle";
import type { QuestionDefinition, SurveyDefinitionInput } from "../validation/survey-definition";
import { db } from "../db";
import { recordAudit } from "./audit";
import { requireSurveyPermission, type SurveyActor } from "./surveys-admin-guard";
import { isUniqueViolation } from "./surveys-responses";

// Staff side of surveys, without pages (the back office plugs in here). Every function
// takes the acting user and checks their permission itself (surveys-admin-guard.ts).

const listSelect = {
  id: true,
  slug: true,
  kind: true,
  titleFr: true,
  titleAr: true,
  opensAt: true,
  closesAt: true,
  resultsPublishedAt: true,
  isIllustrative: true,
  version: true,
  updatedAt: true,
  _count: { select: { questions: true, responses: true } },
} satisfies Prisma.SurveySelect;

const editSelect = {
  ...listSelect,
  descriptionFr: true,
  descriptionAr: true,
  questions: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      kind: true,
      promptFr: true,
      promptAr: true,
      helpFr: true,
      helpAr: true,
      isRequired: true,
      minChoices: true,
      maxChoices: true,
      maxLength: true,
      projectId: true,
      options: { orderBy: { position: "asc" }, select: { id: true, labelFr: true, labelAr: true } },
    },
  },
} satisfies Prisma.SurveySelect;

export type StaffSurvey = Prisma.SurveyGetPayload<{ select: typeof listSelect }>;
export type EditableSurvey = Prisma.SurveyGetPayload<{ select: typeof editSelect }>;

/** Every survey, newest first, with its phase's dates and its number of responses. */
export async function findSurveysForStaff(actor: SurveyActor): Promise<StaffSurvey[]> {
  await requireSurveyPermission(actor, "survey.manage", "survey.list", { type: "Survey", id: "*" });
  return db.survey.findMany({ orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: listSelect });
}

export async function findSurveyForEditing(actor: SurveyActor, surveyId: number): Promise<EditableSurvey> {
  await requireSurveyPermission(actor, "survey.manage", "survey.read-for-edit", { type: "Survey", id: surveyId });
  const survey = await db.survey.findUnique({ where: { id: surveyId }, select: editSelect });
  if (!survey) throw new AppError("NOT_FOUND");
  return survey;
}

function questionData(q: QuestionDefinition, position: number) {
  return {
    position,
    kind: q.kind,
    promptFr: q.promptFr,
    promptAr: q.promptAr,
    helpFr: q.helpFr,
    helpAr: q.helpAr,
    isRequired: q.isRequired,
    minChoices: q.minChoices,
    maxChoices: q.maxChoices,
    maxLength: q.maxLength,
    projectId: q.projectId,
    options: { create: q.options.map((o, j) => ({ position: j + 1, labelFr: o.labelFr, labelAr: o.labelAr })) },
  };
}

async function assertProjectsExist(tx: Prisma.TransactionClient, input: SurveyDefinitionInput): Promise<void> {
  const ids = [...new Set(input.questions.map((q) => q.projectId).filter((id): id is number => id !== null))];
  if (ids.length === 0) return;
  if ((await tx.project.count({ where: { id: { in: ids } } })) !== ids.length) throw new AppError("INVALID", "admin.errors.projectUnknown");
}

/** A new survey, as a draft (never opened): nothing is public until it is opened. */
export async function createSurvey(actor: SurveyActor, input: SurveyDefinitionInput): Promise<{ id: number; slug: string }> {
  await requireSurveyPermission(actor, "survey.manage", "survey.create", { type: "Survey", id: input.slug });
  try {
    return await db.$transaction(async (tx) => {
      await assertProjectsExist(tx, input);
      const survey = await tx.survey.create({
        data: {
          slug: input.slug,
          kind: input.kind,
          titleFr: input.titleFr,
          titleAr: input.titleAr,
          descriptionFr: input.descriptionFr,
          descriptionAr: input.descriptionAr,
          isIllustrative: input.isIllustrative,
          createdById: actor.id,
          questions: { create: input.questions.map((q, i) => questionData(q, i + 1)) },
        },
        select: { id: true, slug: true },
      });
      await recordAudit({ actor, action: "survey.create", entityType: "Survey", entityId: survey.id, detail: { slug: survey.slug } }, tx);
      return survey;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "admin.errors.slugTaken");
    throw error;
  }
}

/**
 * Saves an edited survey. The rule, for stored answers to keep their meaning: while the
 * survey has never opened and has no response, everything may change (its questions are
 * replaced); from its opening on, only texts may be corrected (titles, descriptions,
 * prompts, help, option labels), and the slug stays, since links to it are public.
 * Optimistic concurrency: `expectedVersion` is the version the editor loaded; the survey
 * row is locked for the transaction, which also holds back a response being inserted at
 * that moment (its foreign-key check waits on the lock).
 */
export async function updateSurvey(actor: SurveyActor, surveyId: number, expectedVersion: number, input: SurveyDefinitionInput, now = new Date()): Promise<{ version: number }> {
  await requireSurveyPermission(actor, "survey.manage", "survey.update", { type: "Survey", id: surveyId });
  try {
    return await db.$transaction(
      async (tx) => {
        const [row] = await tx.$queryRaw<{ version: number; opensAt: Date | null; slug: string; kind: string }[]>`
          SELECT version, "opensAt", slug, kind::text AS kind FROM "Survey" WHERE id = ${surveyId} FOR UPDATE`;
        if (!row) throw new AppError("NOT_FOUND");
        if (row.version !== expectedVersion) throw new AppError("CONFLICT", "admin.errors.versionConflict");
        const hasResponses = (await tx.surveyResponse.findFirst({ where: { surveyId }, select: { id: true } })) !== null;
        const phase = surveyPhase({ opensAt: row.opensAt, closesAt: null }, now);
        const isLocked = hasResponses || (phase !== "draft" && phase !== "scheduled");
        await assertProjectsExist(tx, input);
        if (isLocked) {
          const current = await tx.surveyQuestion.findMany({
            where: { surveyId },
            orderBy: { position: "asc" },
            select: { id: true, kind: true, isRequired: true, minChoices: true, maxChoices: true, maxLength: true, projectId: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
          });
          if (!keepsStructure(current, input.questions) || input.slug !== row.slug || input.kind !== row.kind) throw new AppError("CONFLICT", "admin.errors.structureLocked");
          for (const q of input.questions) {
            await tx.surveyQuestion.update({ where: { id: q.id! }, data: { promptFr: q.promptFr, promptAr: q.promptAr, helpFr: q.helpFr, helpAr: q.helpAr } });
            for (const o of q.options) await tx.surveyOption.update({ where: { id: o.id! }, data: { labelFr: o.labelFr, labelAr: o.labelAr } });
          }
        } else {
          await tx.surveyQuestion.deleteMany({ where: { surveyId } });
          for (const [i, q] of input.questions.entries()) await tx.surveyQuestion.create({ data: { surveyId, ...questionData(q, i + 1) } });
        }
        const updated = await tx.survey.update({
          where: { id: surveyId },
          data: {
            slug: input.slug,
            kind: input.kind,
            titleFr: input.titleFr,
            titleAr: input.titleAr,
            descriptionFr: input.descriptionFr,
            descriptionAr: input.descriptionAr,
            isIllustrative: input.isIllustrative,
            version: { increment: 1 },
          },
          select: { version: true },
        });
        await recordAudit({ actor, action: "survey.update", entityType: "Survey", entityId: surveyId, detail: { structure: isLocked ? "kept" : "replaced" } }, tx);
        return updated;
      },
      { timeout: 15_000 },
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", "admin.errors.slugTaken");
    throw error;
  }
}
