// Indicators as published by GET /api/v1/indicators. INDICATOR_FIELDS documents every key
// of toIndicatorRecord's result (a unit test keeps them equal).
import type { IndicatorExportRow } from "../data/open-data";
import { toIsoDate } from "./dates";
import { decimalToNumber, type ExportContext, type FieldDoc } from "./fields";

export function toIndicatorRecord(row: IndicatorExportRow, { baseUrl }: ExportContext) {
  const slug = encodeURIComponent(row.slug);
  return {
    slug: row.slug,
    titleFr: row.titleFr,
    titleAr: row.titleAr,
    descriptionFr: row.descriptionFr,
    descriptionAr: row.descriptionAr,
    unitFr: row.unitFr,
    unitAr: row.unitAr,
    baselineValue: decimalToNumber(row.baselineValue),
    targetValue: decimalToNumber(row.targetValue),
    targetOn: toIsoDate(row.targetOn),
    project: row.project?.slug ?? null,
    values: row.values.map((v) => ({
      observedOn: toIsoDate(v.observedOn),
      value: decimalToNumber(v.value),
      noteFr: v.noteFr,
      noteAr: v.noteAr,
      source: v.source
        ? { title: v.source.title, publisher: v.source.publisher, publishedOn: toIsoDate(v.source.publishedOn), url: v.source.url }
        : null,
    })),
    updatedAt: row.updatedAt.toISOString(),
    url: `${baseUrl}/fr/indicators/${slug}`,
    urlAr: `${baseUrl}/ar/indicators/${slug}`,
  };
}

export type IndicatorRecord = ReturnType<typeof toIndicatorRecord>;

const f = (key: string, type: FieldDoc["type"], isNullable = false): FieldDoc => ({ key, type, isNullable });

export const INDICATOR_FIELDS: FieldDoc[] = [
  f("slug", "string"),
  f("titleFr", "string"),
  f("titleAr", "string", true),
  f("descriptionFr", "string", true),
  f("descriptionAr", "string", true),
  f("unitFr", "string"),
  f("unitAr", "string", true),
  f("baselineValue", "number", true),
  f("targetValue", "number"),
  f("targetOn", "date"),
  f("project", "string", true),
  f("values", "array"),
  f("values[].observedOn", "date"),
  f("values[].value", "number"),
  f("values[].noteFr", "string", true),
  f("values[].noteAr", "string", true),
  f("values[].source", "object", true),
  f("values[].source.title", "string"),
  f("values[].source.publisher", "string", true),
  f("values[].source.publishedOn", "date", true),
  f("values[].source.url", "url", true),
  f("updatedAt", "datetime"),
  f("url", "url"),
  f("urlAr", "url"),
];
