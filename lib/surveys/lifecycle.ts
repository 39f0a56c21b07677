// A survey's lifecycle is read from its dates, never stored as a status of its own, so that
// "open" always agrees with the clock: draft (never opened), scheduled (opens later), open,
// closed; results are public from resultsPublishedAt on.

export type SurveyDates = { opensAt: Date | null; closesAt: Date | null; resultsPublishedAt?: Date | null };
export type SurveyPhase = "draft" | "scheduled" | "open" | "closed";

export function surveyPhase({ opensAt, closesAt }: SurveyDates, now: Date): SurveyPhase {
  if (!opensAt) return "draft";
  if (opensAt.getTime() > now.getTime()) return "scheduled";
  if (closesAt && closesAt.getTime() <= now.getTime()) return "closed";
  return "open";
}

export function isSurveyOpen(dates: SurveyDates, now: Date): boolean {
  return surveyPhase(dates, now) === "open";
}

/** Public once staff published them; a draft's results never are (it has none). */
export function areResultsPublished({ opensAt, resultsPublishedAt }: SurveyDates, now: Date): boolean {
  return opensAt !== null && !!resultsPublishedAt && resultsPublishedAt.getTime() <= now.getTime();
}

/** The Prisma filter for "open at `now`", the same rule as surveyPhase. */
export function openSurveyWhere(now: Date) {
  return { opensAt: { lte: now }, OR: [{ closesAt: null }, { closesAt: { gt: now } }] };
}

/** The Prisma filter for "results public at `now`", the same rule as areResultsPublished. */
export function publishedResultsWhere(now: Date) {
  return { opensAt: { not: null }, resultsPublishedAt: { lte: now } };
}
