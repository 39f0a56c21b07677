import ical, { ICalEventStatus } from "ical-generator";

export type CalendarSessionRow = { number: number; heldOn: Date; status: "PLANNED" | "HELD" | "CANCELLED"; updatedAt: Date };
export type CalendarAnnouncementRow = { plannedOn: Date; announcedBy: number; announcedAt: Date };

/** A committee date still to come: a scheduled session, or a date a session announced. */
export type UpcomingSession =
  | { kind: "planned"; on: Date; number: number; revisedAt: Date }
  | { kind: "announced"; on: Date; announcedBy: number; revisedAt: Date };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The dates to publish, from today on (date-only values, UTC midnight): sessions with
 * status PLANNED, and announced dates on which no session is recorded (a recorded one,
 * planned or cancelled, supersedes the announcement). A date announced twice is listed
 * once, from its latest announcement.
 */
export function selectUpcomingSessions({
  sessions,
  announced,
  today,
}: {
  sessions: CalendarSessionRow[];
  announced: CalendarAnnouncementRow[];
  today: Date;
}): UpcomingSession[] {
  const from = today.getTime();
  const recordedDays = new Set(sessions.map((session) => isoDay(session.heldOn)));
  const planned: UpcomingSession[] = sessions
    .filter((session) => session.status === "PLANNED" && session.heldOn.getTime() >= from)
    .map((session) => ({ kind: "planned", on: session.heldOn, number: session.number, revisedAt: session.updatedAt }));
  const byDay = new Map<string, CalendarAnnouncementRow>();
  for (const row of announced) {
    const day = isoDay(row.plannedOn);
    if (row.plannedOn.getTime() < from || recordedDays.has(day)) continue;
    const known = byDay.get(day);
    if (!known || row.announcedBy > known.announcedBy) byDay.set(day, row);
  }
  const announcedEvents: UpcomingSession[] = [...byDay.values()].map((row) => ({
    kind: "announced",
    on: row.plannedOn,
    announcedBy: row.announcedBy,
    revisedAt: row.announcedAt,
  }));
  return [...planned, ...announcedEvents].sort((a, b) => a.on.getTime() - b.on.getTime());
}

export type CalendarTexts = {
  calendarName: string;
  calendarDescription: string;
  plannedSummary: (number: number) => string;
  announcedSummary: string;
  announcedDescription: (announcedBy: number) => string;
};

/**
 * The iCalendar (RFC 5545) text of the upcoming sessions: all-day events, UIDs that do not
 * depend on the language (so subscribing in French and in Arabic does not duplicate
 * events), DTSTAMP = when the underlying row last changed. ical-generator writes CRLF line
 * endings and folds lines at 75 octets (counting UTF-8 bytes, so Arabic text folds right).
 */
export function buildSessionsCalendar({
  events,
  texts,
  language,
  baseUrl,
}: {
  events: UpcomingSession[];
  texts: CalendarTexts;
  language: string;
  /** Origin and locale prefix of the portal, e.g. https://egov.example/fr */
  baseUrl: string;
}): string {
  const host = new URL(baseUrl).hostname;
  const calendar = ical({
    name: texts.calendarName,
    description: texts.calendarDescription,
    prodId: { company: "egov-portal", product: "cigov-sessions", language: language.toUpperCase() },
    url: `${baseUrl}/sessions`,
  });
  for (const event of events) {
    const day = isoDay(event.on).replaceAll("-", "");
    if (event.kind === "planned") {
      calendar.createEvent({
        id: `cigov-session-${event.number}@${host}`,
        allDay: true,
        start: event.on,
        stamp: event.revisedAt,
        summary: texts.plannedSummary(event.number),
        url: `${baseUrl}/sessions/${event.number}`,
        status: ICalEventStatus.CONFIRMED,
      });
    } else {
      calendar.createEvent({
        id: `cigov-announced-${day}@${host}`,
        allDay: true,
        start: event.on,
        stamp: event.revisedAt,
        summary: texts.announcedSummary,
        description: texts.announcedDescription(event.announcedBy),
        url: `${baseUrl}/sessions/${event.announcedBy}`,
        status: ICalEventStatus.TENTATIVE,
      });
    }
  }
  // RFC 5545 ends every content line, the last one included, with CRLF.
  const text = calendar.toString();
  return text.endsWith("\r\n") ? text : `${text}\r\n`;
}
