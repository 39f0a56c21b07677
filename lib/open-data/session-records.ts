// Committee sessions as published by GET /api/v1/sessions. SESSION_FIELDS documents every
// key of toSessionRecord's result (a unit test keeps them equal).
import type { SessionExportRow } from "../data/open-data";
import { toIsoDate } from "./dates";
import type { ExportContext, FieldDoc } from "./fields";

function sessionUrl(row: SessionExportRow, baseUrl: string, locale: "fr" | "ar"): string | null {
  // Only the interministerial committee's sessions have numbered public pages.
  return row.body.kind === "CIGOV" ? `${baseUrl}/${locale}/sessions/${row.number}` : null;
}

function toSource(source: SessionExportRow["source"]) {
  return source ? { title: source.title, publisher: source.publisher, publishedOn: toIsoDate(source.publishedOn), url: source.url } : null;
}

export function toSessionRecord(row: SessionExportRow, { baseUrl }: ExportContext) {
  return {
    body: row.body.slug,
    bodyKind: row.body.kind,
    number: row.number,
    heldOn: toIsoDate(row.heldOn),
    status: row.status,
    chairName: row.chairName,
    chairTitleFr: row.chairTitleFr,
    chairTitleAr: row.chairTitleAr,
    summaryFr: row.summaryFr,
    summaryAr: row.summaryAr,
    agenda: row.agendaItems.map((item) => ({ position: item.position, titleFr: item.titleFr, titleAr: item.titleAr })),
    decisions: row.decisions.map((d) => ({
      position: d.position,
      textFr: d.textFr,
      textAr: d.textAr,
      status: d.status,
      ownerOrganization: d.ownerOrganization?.slug ?? null,
      ownerLabelFr: d.ownerLabelFr,
      ownerLabelAr: d.ownerLabelAr,
      dueOn: toIsoDate(d.dueOn),
    })),
    projectsReviewed: row.reviews.map((r) => r.project.slug),
    servicesLaunched: row.launches.map((l) => ({ project: l.project.slug, launchedOn: toIsoDate(l.launchedOn), noteFr: l.noteFr, noteAr: l.noteAr })),
    demonstrations: row.demonstrations.map((d) => ({ position: d.position, titleFr: d.titleFr, titleAr: d.titleAr, project: d.project?.slug ?? null })),
    announcedDates: row.announcedDates.map((a) => toIsoDate(a.plannedOn)),
    source: toSource(row.source),
    updatedAt: row.updatedAt.toISOString(),
    url: sessionUrl(row, baseUrl, "fr"),
    urlAr: sessionUrl(row, baseUrl, "ar"),
  };
}

export type SessionRecord = ReturnType<typeof toSessionRecord>;

const f = (key: string, type: FieldDoc["type"], isNullable = false): FieldDoc => ({ key, type, isNullable });

export const SESSION_FIELDS: FieldDoc[] = [
  f("body", "string"),
  f("bodyKind", "enum"),
  f("number", "integer"),
  f("heldOn", "date"),
  f("status", "enum"),
  f("chairName", "string", true),
  f("chairTitleFr", "string", true),
  f("chairTitleAr", "string", true),
  f("summaryFr", "string", true),
  f("summaryAr", "string", true),
  f("agenda", "array"),
  f("agenda[].position", "integer"),
  f("agenda[].titleFr", "string"),
  f("agenda[].titleAr", "string", true),
  f("decisions", "array"),
  f("decisions[].position", "integer"),
  f("decisions[].textFr", "string"),
  f("decisions[].textAr", "string", true),
  f("decisions[].status", "enum"),
  f("decisions[].ownerOrganization", "string", true),
  f("decisions[].ownerLabelFr", "string", true),
  f("decisions[].ownerLabelAr", "string", true),
  f("decisions[].dueOn", "date", true),
  f("projectsReviewed", "array"),
  f("servicesLaunched", "array"),
  f("servicesLaunched[].project", "string"),
  f("servicesLaunched[].launchedOn", "date", true),
  f("servicesLaunched[].noteFr", "string", true),
  f("servicesLaunched[].noteAr", "string", true),
  f("demonstrations", "array"),
  f("demonstrations[].position", "integer"),
  f("demonstrations[].titleFr", "string"),
  f("demonstrations[].titleAr", "string", true),
  f("demonstrations[].project", "string", true),
  f("announcedDates", "array"),
  f("source", "object", true),
  f("source.title", "string"),
  f("source.publisher", "string", true),
  f("source.publishedOn", "date", true),
  f("source.url", "url", true),
  f("updatedAt", "datetime"),
  f("url", "url", true),
  f("urlAr", "url", true),
];
