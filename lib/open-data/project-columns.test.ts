import { describe, expect, it } from "vitest";
import type { ProjectListItem } from "../data/projects";
import { toCsvRecords } from "./csv";
import { PROJECT_FIELD_KEYS, PROJECT_FIELDS, toProjectRecord, toProjectRow } from "./project-columns";

const item: ProjectListItem = {
  slug: "modernisation-etat-civil",
  code: "EGOV-001",
  titleFr: "Modernisation de l'état civil",
  titleAr: "تحديث الحالة المدنية",
  kind: "PROJECT",
  status: "IN_PROGRESS",
  progress: 40,
  isFlagship: true,
  isLate: false,
  plannedStartOn: new Date("2010-01-01T00:00:00.000Z"),
  plannedEndOn: new Date("2013-12-31T00:00:00.000Z"),
  actualStartOn: null,
  actualEndOn: null,
  baselineEndOn: null,
  updatedAt: new Date("2013-06-07T10:11:12.000Z"),
  organizationSlug: "ministere-interieur",
  organizationNameFr: "Ministère de l'Intérieur",
  organizationNameAr: null,
  organizationAcronym: null,
  axisSlug: null,
  axisTitleFr: null,
  axisTitleAr: null,
};
const context = { baseUrl: "https://egov.example" };

describe("project fields", () => {
  it("have unique keys", () => {
    expect(new Set(PROJECT_FIELD_KEYS).size).toBe(PROJECT_FIELD_KEYS.length);
  });
  it("give the JSON record its keys in the documented order", () => {
    expect(Object.keys(toProjectRecord(item, context))).toEqual(PROJECT_FIELD_KEYS);
  });
  it("give the CSV row the same values as the JSON record, in the same order", () => {
    expect(toProjectRow(item, context)).toEqual(Object.values(toProjectRecord(item, context)));
  });
  it("write calendar dates as YYYY-MM-DD, instants as ISO 8601 and missing dates as null", () => {
    const record = toProjectRecord(item, context);
    expect(record.plannedStartOn).toBe("2010-01-01");
    expect(record.plannedEndOn).toBe("2013-12-31");
    expect(record.actualEndOn).toBeNull();
    expect(record.updatedAt).toBe("2013-06-07T10:11:12.000Z");
  });
  it("link the public page in both languages", () => {
    const record = toProjectRecord(item, context);
    expect(record.url).toBe("https://egov.example/fr/projects/modernisation-etat-civil");
    expect(record.urlAr).toBe("https://egov.example/ar/projects/modernisation-etat-civil");
  });
  it("mark as nullable exactly the fields that can be null", () => {
    const empty = { ...item, titleAr: null, organizationNameAr: null, plannedStartOn: null, plannedEndOn: null };
    const nulls = Object.entries(toProjectRecord(empty, context)).filter(([, v]) => v === null).map(([k]) => k);
    const nullable = PROJECT_FIELDS.filter((f) => f.isNullable).map((f) => f.key);
    expect(nulls).toEqual(nullable);
  });
  it("make one CSV line per project with the header's number of cells", () => {
    const line = toCsvRecords([toProjectRow(item, context)]);
    expect(line.endsWith("\r\n")).toBe(true);
    expect(line).toContain(",Modernisation de l'état civil,تحديث الحالة المدنية,PROJECT,IN_PROGRESS,40,true,false,");
  });
});
