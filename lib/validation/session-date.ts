import type { SessionStatus } from "../generated/prisma/enums";

// Is a committee session's date plausible? A pure rule, so it is tested at its boundaries
// (session-date.test.ts) and the data layer applies it to every write, whoever calls.

export type ProgrammePeriod = { startYear: number; endYear: number };
export type DateWindow = { from: Date; to: Date };
export type NeighbourSession = { number: number; heldOn: Date };

// The committee was set up with the programme: a year before its first year covers the
// preparation. Follow-up sessions went on while the last projects were finished, so five
// years after the last year stay plausible. Beyond that a date is a typo ("22 février
// 2110" printed for 2010), not a session.
export const YEARS_BEFORE_PROGRAMME = 1;
export const YEARS_AFTER_PROGRAMME = 5;
// Without a programme row (a fresh portal for another programme) there is no period to go
// by: twenty years back covers an archive, five ahead a calendar announced early.
export const YEARS_BACK_WITHOUT_PROGRAMME = 20;
export const YEARS_AHEAD_WITHOUT_PROGRAMME = 5;

/** The dates a session may have, inclusive: the programme's years with a margin either side. */
export function plausibleSessionWindow(period: ProgrammePeriod | null, today: Date): DateWindow {
  const [firstYear, lastYear] = period
    ? [period.startYear - YEARS_BEFORE_PROGRAMME, period.endYear + YEARS_AFTER_PROGRAMME]
    : [today.getUTCFullYear() - YEARS_BACK_WITHOUT_PROGRAMME, today.getUTCFullYear() + YEARS_AHEAD_WITHOUT_PROGRAMME];
  return { from: new Date(Date.UTC(firstYear, 0, 1)), to: new Date(Date.UTC(lastYear, 11, 31)) };
}

export type SessionDateIssue =
  | { key: "errors.sessionOutsidePeriod"; window: DateWindow }
  | { key: "errors.sessionNotAfterPrevious"; neighbour: NeighbourSession }
  | { key: "errors.sessionNotBeforeNext"; neighbour: NeighbourSession }
  | { key: "errors.sessionHeldInFuture" };

export type SessionDateContext = {
  window: DateWindow;
  /** The recorded session of the same body with the nearest lower number, if any. */
  previous: NeighbourSession | null;
  /** The recorded session of the same body with the nearest higher number, if any. */
  next: NeighbourSession | null;
  /** Today in the portal's time zone, as a UTC midnight. */
  today: Date;
};

/**
 * The first reason the date is implausible, or null. Sessions are numbered in the order
 * they meet, so session N falls strictly after N-1 and strictly before N+1 (two sessions of
 * one committee on one day would be one meeting). The period is checked first: for 2110
 * "outside the programme's period" says what is wrong, "after the next session" would not.
 */
export function checkSessionDate(session: { heldOn: Date; status: SessionStatus }, context: SessionDateContext): SessionDateIssue | null {
  const time = session.heldOn.getTime();
  if (time < context.window.from.getTime() || time > context.window.to.getTime()) return { key: "errors.sessionOutsidePeriod", window: context.window };
  if (context.previous && time <= context.previous.heldOn.getTime()) return { key: "errors.sessionNotAfterPrevious", neighbour: context.previous };
  if (context.next && time >= context.next.heldOn.getTime()) return { key: "errors.sessionNotBeforeNext", neighbour: context.next };
  // A session recorded as held has met: it cannot be dated after today.
  if (session.status === "HELD" && time > context.today.getTime()) return { key: "errors.sessionHeldInFuture" };
  return null;
}
