import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { openSurveyWhere, publishedResultsWhere } from "../surveys/lifecycle";
import { db } from "../db";

const cardSelect = {
  id: true,
  slug: true,
  kind: true,
  titleFr: true,
  titleAr: true,
  descriptionFr: true,
  descriptionAr: true,
  opensAt: true,
  closesAt: true,
  resultsPublishedAt: true,
  isIllustrative: true,
  updatedAt: true,
} satisfies Prisma.SurveySelect;

export type SurveyCard = Prisma.SurveyGetPayload<{ select: typeof cardSelect }>;

/** The survey currently open to answers (the most recently opened), if any. */
export async function findOpenSurvey(now: Date) {
  return db.survey.findFirst({
    where: openSurveyWhere(now),
    orderBy: { opensAt: "desc" },
    select: { slug: true, titleFr: true, titleAr: true, descriptionFr: true, descriptionAr: true, closesAt: true, isIllustrative: true },
  });
}

/** Every survey open to answers at `now`, the most recently opened first. */
export async function findOpenSurveys(now: Date): Promise<SurveyCard[]> {
  return db.survey.findMany({ where: openSurveyWhere(now), orderBy: [{ opensAt: "desc" }, { id: "desc" }], select: cardSelect });
}

/** Every survey whose results are public at `now`, the most recently published first. */
export async function findSurveysWithPublishedResults(now: Date): Promise<SurveyCard[]> {
  return db.survey.findMany({ where: publishedResultsWhere(now), orderBy: [{ resultsPublishedAt: "desc" }, { id: "desc" }], select: cardSelect });
}

const questionSelect = {
  id: true,
  position: true,
  kind: true,
  promptFr: true,
  promptAr: true,
  helpFr: true,
  helpAr: true,
  isRequired: true,
  minChoices: true,
  maxChoices: true,
  maxLength: true,
  project: { select: { slug: true, titleFr: true, titleAr: true } },
  options: { orderBy: { position: "asc" }, select: { id: true, position: true, labelFr: true, labelAr: true } },
} satisfies Prisma.SurveyQuestionSelect;

const surveySelect = {
  ...cardSelect,
  questions: { orderBy: { position: "asc" }, select: questionSelect },
} satisfies Prisma.SurveySelect;

export type PublicSurvey = Prisma.SurveyGetPayload<{ select: typeof surveySelect }>;
export type PublicQuestion = PublicSurvey["questions"][number];

/** A survey with its questions, as the public sees it: drafts (never opened) do not exist. */
export async function findPublicSurveyBySlug(slug: string): Promise<PublicSurvey | null> {
  return db.survey.findFirst({ where: { slug, opensAt: { not: null } }, select: surveySelect });
}

/** The same, by id (the API's addresses use ids). */
export async function findPublicSurveyById(id: number): Promise<PublicSurvey | null> {
  return db.survey.findFirst({ where: { id, opensAt: { not: null } }, select: surveySelect });
}

/** Open surveys with their questions and options, for the API (GET /api/v1/surveys). */
export async function findOpenSurveysWithQuestions(now: Date): Promise<PublicSurvey[]> {
  return db.survey.findMany({ where: openSurveyWhere(now), orderBy: [{ opensAt: "desc" }, { id: "desc" }], select: surveySelect });
}

/** Whether this respondent (by the hash of their token) already answered the survey. */
export async function hasRespondentAnswered(surveyId: number, respondentKey: string): Promise<boolean> {
  const found = await db.surveyResponse.findUnique({ where: { surveyId_respondentKey: { surveyId, respondentKey } }, select: { id: true } });
  return found !== null;
}

