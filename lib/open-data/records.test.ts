import { describe, expect, it } from "vitest";
import type { IndicatorExportRow, SessionExportRow } from "../data/open-data";
import { keyPaths } from "./fields";
import { INDICATOR_FIELDS, toIndicatorRecord } from "./indicator-records";
import { SESSION_FIELDS, toSessionRecord } from "./session-records";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
// Prisma returns Decimal objects; the records only read them as text.
const decimal = (value: number) => ({ toString: () => String(value) }) as unknown as IndicatorExportRow["targetValue"];
const source = { title: "L'Opinion", publisher: "L'Opinion", publishedOn: day("2010-04-17"), url: "https://press.example/a" };
const context = { baseUrl: "https://egov.example" };

const session: SessionExportRow = {
  number: 1,
  heldOn: day("2010-02-22"),
  status: "HELD",
  chairName: null,
  chairTitleFr: "Ministre",
  chairTitleAr: "وزير",
  summaryFr: "Première réunion",
  summaryAr: null,
  updatedAt: new Date("2013-06-07T10:00:00.000Z"),
  body: { slug: "cigov", kind: "CIGOV", acronym: "CIGOV" },
  source,
  agendaItems: [{ position: 1, titleFr: "Gouvernance", titleAr: "الحكامة" }],
  decisions: [
    { position: 1, textFr: "Décision", textAr: null, ownerLabelFr: null, ownerLabelAr: null, dueOn: null, status: "OPEN", ownerOrganization: { slug: "dpgov" } },
  ],
  reviews: [{ project: { slug: "watiqa-ma" } }],
  launches: [{ launchedOn: day("2013-02-19"), noteFr: "Pilote", noteAr: null, project: { slug: "casier-judiciaire-en-ligne" } }],
  demonstrations: [{ position: 1, titleFr: "maroc.ma", titleAr: null, project: null }],
  announcedDates: [{ plannedOn: day("2010-06-21") }, { plannedOn: day("2010-09-20") }],
};

const indicator: IndicatorExportRow = {
  slug: "watiqa-communes-deployees",
  titleFr: "Communes équipées",
  titleAr: "الجماعات المجهزة",
  descriptionFr: null,
  descriptionAr: null,
  unitFr: "communes",
  unitAr: "جماعة",
  baselineValue: null,
  targetValue: decimal(127),
  targetOn: day("2013-07-31"),
  updatedAt: new Date("2013-06-07T10:00:00.000Z"),
  project: { slug: "watiqa-ma" },
  values: [{ observedOn: day("2013-06-07"), value: decimal(29), noteFr: "Bilan", noteAr: null, source }],
};

describe("session records", () => {
  const record = toSessionRecord(session, context);
  it("have exactly the documented fields", () => {
    expect(keyPaths(record).sort()).toEqual(SESSION_FIELDS.map((f) => f.key).sort());
  });
  it("give dates as YYYY-MM-DD, reviewed projects as slugs and the CIGOV page links", () => {
    expect(record.heldOn).toBe("2010-02-22");
    expect(record.announcedDates).toEqual(["2010-06-21", "2010-09-20"]);
    expect(record.projectsReviewed).toEqual(["watiqa-ma"]);
    expect(record.servicesLaunched[0]).toEqual({ project: "casier-judiciaire-en-ligne", launchedOn: "2013-02-19", noteFr: "Pilote", noteAr: null });
    expect(record.url).toBe("https://egov.example/fr/sessions/1");
    expect(record.urlAr).toBe("https://egov.example/ar/sessions/1");
  });
  it("have no page link for another body's session", () => {
    const other = toSessionRecord({ ...session, body: { slug: "comite", kind: "MINISTERIAL_COMMITTEE", acronym: null } }, context);
    expect(other.url).toBeNull();
  });
});

describe("indicator records", () => {
  const record = toIndicatorRecord(indicator, context);
  it("have exactly the documented fields", () => {
    expect(keyPaths(record).sort()).toEqual(INDICATOR_FIELDS.map((f) => f.key).sort());
  });
  it("give numbers as JSON numbers and the history with dates", () => {
    expect(record.targetValue).toBe(127);
    expect(record.baselineValue).toBeNull();
    expect(record.targetOn).toBe("2013-07-31");
    expect(record.values).toEqual([
      { observedOn: "2013-06-07", value: 29, noteFr: "Bilan", noteAr: null, source: { title: "L'Opinion", publisher: "L'Opinion", publishedOn: "2010-04-17", url: "https://press.example/a" } },
    ]);
  });
});

describe("keyPaths", () => {
  it("lists nested objects and arrays of objects with their paths", () => {
    expect(keyPaths({ a: 1, b: [{ c: 1 }], d: ["x"], e: { f: null }, g: null })).toEqual(["a", "b", "b[].c", "d", "e", "e.f", "g"]);
  });
});
