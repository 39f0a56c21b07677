import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildSessionsCalendar, selectUpcomingSessions, type CalendarTexts, type UpcomingSession } from "./sessions-calendar";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const revised = new Date("2026-11-01T10:00:00.000Z");

describe("selectUpcomingSessions", () => {
  const today = day("2027-01-10");

  it("keeps planned sessions and announced dates from today on, in date order", () => {
    const events = selectUpcomingSessions({
      today,
      sessions: [
        { number: 12, heldOn: day("2027-03-15"), status: "PLANNED", updatedAt: revised },
        { number: 11, heldOn: day("2026-06-07"), status: "HELD", updatedAt: revised },
      ],
      announced: [
        { plannedOn: day("2027-01-10"), announcedBy: 11, announcedAt: revised },
        { plannedOn: day("2027-06-21"), announcedBy: 11, announcedAt: revised },
        { plannedOn: day("2027-01-09"), announcedBy: 11, announcedAt: revised },
      ],
    });
    expect(events.map((e) => [e.kind, e.on.toISOString().slice(0, 10)])).toEqual([
      ["announced", "2027-01-10"],
      ["planned", "2027-03-15"],
      ["announced", "2027-06-21"],
    ]);
  });

  it("drops an announced date once a session is recorded that day, even a cancelled one", () => {
    const events = selectUpcomingSessions({
      today,
      sessions: [
        { number: 12, heldOn: day("2027-03-15"), status: "PLANNED", updatedAt: revised },
        { number: 13, heldOn: day("2027-06-21"), status: "CANCELLED", updatedAt: revised },
      ],
      announced: [
        { plannedOn: day("2027-03-15"), announcedBy: 11, announcedAt: revised },
        { plannedOn: day("2027-06-21"), announcedBy: 11, announcedAt: revised },
      ],
    });
    expect(events).toEqual([{ kind: "planned", on: day("2027-03-15"), number: 12, revisedAt: revised }]);
  });

  it("lists a date announced by two sessions once, from the latest announcement", () => {
    const events = selectUpcomingSessions({
      today,
      sessions: [],
      announced: [
        { plannedOn: day("2027-06-21"), announcedBy: 11, announcedAt: revised },
        { plannedOn: day("2027-06-21"), announcedBy: 12, announcedAt: revised },
      ],
    });
    expect(events).toEqual([{ kind: "announced", on: day("2027-06-21"), announcedBy: 12, revisedAt: revised }]);
  });

  it("ignores held sessions and past planned ones", () => {
    const events = selectUpcomingSessions({
      today,
      sessions: [{ number: 12, heldOn: day("2027-01-09"), status: "PLANNED", updatedAt: revised }],
      announced: [],
    });
    expect(events).toEqual([]);
  });
});

describe("buildSessionsCalendar", () => {
  const texts: CalendarTexts = {
    calendarName: "Sessions du comité interministériel",
    calendarDescription: "Dates à venir",
    // Long Arabic text: several lines once folded, each fold inside a multi-byte sequence risk.
    plannedSummary: (n) => `اللجنة الوزارية المشتركة للحكومة الإلكترونية: الدورة ${n} المبرمجة، وهي دورة عادية للجنة`,
    announcedSummary: "Session annoncée du comité interministériel e-gouvernement (date communiquée)",
    announcedDescription: (n) => `Date annoncée lors de la ${n}e session ; elle sera confirmée.`,
  };
  const events: UpcomingSession[] = [
    { kind: "planned", on: day("2027-03-15"), number: 12, revisedAt: revised },
    { kind: "announced", on: day("2027-06-21"), announcedBy: 12, revisedAt: revised },
  ];
  const text = buildSessionsCalendar({ events, texts, language: "ar", baseUrl: "https://egov.example/ar" });

  it("uses CRLF line endings everywhere, the last line included", () => {
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  it("folds lines at 75 octets without splitting a UTF-8 character", () => {
    const lines = text.split("\r\n");
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(" "))).toBe(true);
    expect(text).not.toContain("\uFFFD");
  });

  it("parses as iCalendar with UID, DTSTAMP and all-day dates", () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
    const vevents = calendar.getAllSubcomponents("vevent");
    expect(vevents).toHaveLength(2);
    const [planned, announced] = vevents.map((v) => new ICAL.Event(v));
    expect(planned!.uid).toBe("cigov-session-12@egov.example");
    expect(planned!.startDate.isDate).toBe(true);
    expect(planned!.startDate.toString()).toBe("2027-03-15");
    // Unfolded, the Arabic summary comes back intact.
    expect(planned!.summary).toBe(texts.plannedSummary(12));
    expect(vevents[0]!.getFirstPropertyValue("dtstamp")?.toString()).toBe("2026-11-01T10:00:00Z");
    expect(announced!.uid).toBe("cigov-announced-20270621@egov.example");
    expect(announced!.description).toBe(texts.announcedDescription(12));
    expect(vevents[1]!.getFirstPropertyValue("url")).toBe("https://egov.example/ar/sessions/12");
  });

  it("is a valid empty calendar when nothing is upcoming", () => {
    const empty = buildSessionsCalendar({ events: [], texts, language: "fr", baseUrl: "https://egov.example/fr" });
    const calendar = new ICAL.Component(ICAL.parse(empty));
    expect(calendar.name).toBe("vcalendar");
    expect(calendar.getAllSubcomponents("vevent")).toHaveLength(0);
  });
});
