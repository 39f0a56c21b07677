// The fields of a project in the open-data exports: one list, read by the JSON API, the
// CSV export (same keys, same order, same values) and the open-data documentation page.
// Keys are a public contract: add fields at the end, never rename or remove one.
import type { ProjectListItem } from "../data/projects";
import type { CsvValue } from "./csv";
import { toIsoDate } from "./dates";
import type { ExportContext, FieldType } from "./fields";

export type FieldDefinition<T, V extends CsvValue> = {
  key: string;
  type: FieldType;
  isNullable: boolean;
  value: (item: T, context: ExportContext) => V;
};

const field = <const K extends string, V extends CsvValue>(
  key: K,
  type: FieldType,
  value: (item: ProjectListItem, context: ExportContext) => V,
) => ({ key, type, isNullable: false as boolean, value });

const nullable = <const K extends string, V extends CsvValue>(
  key: K,
  type: FieldType,
  value: (item: ProjectListItem, context: ExportContext) => V,
) => ({ key, type, isNullable: true as boolean, value });

export const projectPageUrl = (baseUrl: string, locale: "fr" | "ar", slug: string) =>
  `${baseUrl}/${locale}/projects/${encodeURIComponent(slug)}`;

export const PROJECT_FIELDS = [
  field("slug", "string", (p) => p.slug),
  field("code", "string", (p) => p.code),
  field("titleFr", "string", (p) => p.titleFr),
  nullable("titleAr", "string", (p) => p.titleAr),
  field("kind", "enum", (p) => p.kind),
  field("status", "enum", (p) => p.status),
  field("progress", "integer", (p) => p.progress),
  field("isFlagship", "boolean", (p) => p.isFlagship),
  field("isLate", "boolean", (p) => p.isLate),
  field("organizationSlug", "string", (p) => p.organizationSlug),
  field("organizationNameFr", "string", (p) => p.organizationNameFr),
  nullable("organizationNameAr", "string", (p) => p.organizationNameAr),
  nullable("organizationAcronym", "string", (p) => p.organizationAcronym),
  nullable("axisSlug", "string", (p) => p.axisSlug),
  nullable("axisTitleFr", "string", (p) => p.axisTitleFr),
  nullable("axisTitleAr", "string", (p) => p.axisTitleAr),
  nullable("plannedStartOn", "date", (p) => toIsoDate(p.plannedStartOn)),
  nullable("plannedEndOn", "date", (p) => toIsoDate(p.plannedEndOn)),
  nullable("actualStartOn", "date", (p) => toIsoDate(p.actualStartOn)),
  nullable("actualEndOn", "date", (p) => toIsoDate(p.actualEndOn)),
  nullable("baselineEndOn", "date", (p) => toIsoDate(p.baselineEndOn)),
  field("updatedAt", "datetime", (p) => p.updatedAt.toISOString()),
  field("url", "url", (p, { baseUrl }) => projectPageUrl(baseUrl, "fr", p.slug)),
  field("urlAr", "url", (p, { baseUrl }) => projectPageUrl(baseUrl, "ar", p.slug)),
] as const satisfies readonly FieldDefinition<ProjectListItem, CsvValue>[];

type ProjectField = (typeof PROJECT_FIELDS)[number];

/** One project as published: the keys of PROJECT_FIELDS, in their order. */
export type ProjectRecord = { [F in ProjectField as F["key"]]: ReturnType<F["value"]> };

export const PROJECT_FIELD_KEYS = PROJECT_FIELDS.map((f) => f.key);

export function toProjectRecord(item: ProjectListItem, context: ExportContext): ProjectRecord {
  return Object.fromEntries(PROJECT_FIELDS.map((f) => [f.key, f.value(item, context)])) as ProjectRecord;
}

/** The same values as toProjectRecord, as one CSV row in PROJECT_FIELD_KEYS order. */
export function toProjectRow(item: ProjectListItem, context: ExportContext): CsvValue[] {
  return PROJECT_FIELDS.map((f) => f.value(item, context));
}
