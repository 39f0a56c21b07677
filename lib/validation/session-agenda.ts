import { z } from "zod";
import { optionalText } from "./content-fields";

// The agenda is edited as one list: rows in order, each with its French and Arabic title and
// a "remove" box, plus empty rows to add items. Saving replaces the session's agenda.

export const AGENDA_MAX_ITEMS = 40;

const rowSchema = z
  .object({ titleFr: optionalText(500), titleAr: optionalText(500), isRemoved: z.boolean() })
  .superRefine((row, context) => {
    if (!row.isRemoved && row.titleAr && !row.titleFr) context.addIssue({ code: "custom", path: ["titleFr"], message: "errors.frenchRequiredWithArabic" });
  });

export const agendaSchema = z.array(rowSchema).max(AGENDA_MAX_ITEMS, "errors.agendaTooLong");

export type AgendaItemInput = { titleFr: string; titleAr: string | null };

/** Field names of row n (1-based): item-n-fr, item-n-ar, item-n-remove. */
export const agendaFieldNames = (row: number) => ({ titleFr: `item-${row}-fr`, titleAr: `item-${row}-ar`, isRemoved: `item-${row}-remove` });

/** Reads the rows the form posted (rowCount says how many it rendered). */
export function agendaFormInput(formData: FormData): Array<{ titleFr: string; titleAr: string; isRemoved: boolean }> {
  const count = Math.min(Number(formData.get("rowCount")) || 0, AGENDA_MAX_ITEMS + 1);
  return Array.from({ length: count }, (_, index) => {
    const names = agendaFieldNames(index + 1);
    return { titleFr: String(formData.get(names.titleFr) ?? ""), titleAr: String(formData.get(names.titleAr) ?? ""), isRemoved: formData.get(names.isRemoved) === "on" };
  });
}

/** The agenda to save: removed and empty rows dropped, order kept. */
export function keptAgendaItems(rows: z.infer<typeof agendaSchema>): AgendaItemInput[] {
  return rows.filter((row) => !row.isRemoved && row.titleFr).map((row) => ({ titleFr: row.titleFr!, titleAr: row.titleAr }));
}

/** A zod issue on row index i, field titleFr, as the form's field name. */
export function agendaFieldOf(path: ReadonlyArray<PropertyKey>): string {
  const [index, field] = path;
  const names = agendaFieldNames(Number(index) + 1);
  return field === "titleAr" ? names.titleAr : names.titleFr;
}
