import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";

const submissionSelect = {
  id: true,
  opensAt: true,
  closesAt: true,
  version: true,
  questions: {
    orderBy: { position: "asc" },
    select: { id: true, kind: true, isRequired: true, minChoices: true, maxChoices: true, maxLength: true, options: { orderBy: { position: "asc" }, select: { id: true } } },
  },
} satisfies Prisma.SurveySelect;

/** What storing a response needs of its survey: the window, the version and the questions' rules. */
export type SubmissionSurvey = Prisma.SurveyGetPayload<{ select: typeof submissionSelect }>;

/** The survey a response is submitted to, as the public sees it (drafts do not exist), read now. */
export async function findSurveyForSubmission(id: number): Promise<SubmissionSurvey | null> {
  const survey = await db.survey.findFirst({ where: { id, opensAt: { not: null } }, select: submissionSelect });
  if (survey) remember(survey);
  else cache.delete(id);
  return survey;
}

// Per-process copies of the surveys being answered, so a submission costs one statement
// instead of two. A copy is never trusted on its own: the statement that stores a response
// checks the survey's window at that instant and, given the copy's version, stores nothing
// if the survey changed since (every staff edit and lifecycle step bumps `version`); the
// caller then reads the survey again (lib/surveys/submit.ts). So another instance's edit is
// seen at the next submission, and the copy's age only bounds memory and the texts it holds.
const TTL_MS = 60_000;
const MAX_ENTRIES = 200;
const cache = new Map<number, { survey: SubmissionSurvey; expiresAt: number }>();

function remember(survey: SubmissionSurvey): void {
  if (cache.size >= MAX_ENTRIES) cache.clear(); // a handful of surveys are open at a time: this only stops a leak
  cache.set(survey.id, { survey, expiresAt: Date.now() + TTL_MS });
}

// Concurrent misses for one survey share one read (at expiry, under load, every request would).
const reading = new Map<number, Promise<SubmissionSurvey | null>>();

/** A recent copy of the survey (see above), or a fresh read when there is none. */
export async function findCachedSurveyForSubmission(id: number): Promise<SubmissionSurvey | null> {
  const entry = cache.get(id);
  if (entry && entry.expiresAt > Date.now()) return entry.survey;
  let read = reading.get(id);
  if (!read) {
    read = findSurveyForSubmission(id).finally(() => reading.delete(id));
    reading.set(id, read);
  }
  return read;
}
