import { agendaFieldNames } from "@/lib/validation/session-agenda";
import { bilingualLabels, type StaffTranslator } from "../../_components/content-page";
import type { FormSection } from "../../_components/form-spec";

/** Blank rows offered under the agenda, to add items without JavaScript. */
export const BLANK_AGENDA_ROWS = 3;

type Item = { titleFr: string; titleAr: string | null };

/** One fieldset per row: existing items (with a "remove" box), then blank rows. */
export function agendaForm(t: StaffTranslator, items: Item[]): { sections: FormSection[]; initial: Record<string, string>; rowCount: number } {
  const rowCount = items.length + BLANK_AGENDA_ROWS;
  const initial: Record<string, string> = {};
  const sections: FormSection[] = Array.from({ length: rowCount }, (_, index) => {
    const row = index + 1;
    const names = agendaFieldNames(row);
    const item = items[index];
    if (item) Object.assign(initial, { [names.titleFr]: item.titleFr, [names.titleAr]: item.titleAr ?? "" });
    const labels = bilingualLabels(t, t("sessionsAdmin.agendaTitleLabel"));
    return {
      legend: item ? t("sessionsAdmin.agendaItem", { position: row }) : t("sessionsAdmin.agendaNew", { position: row }),
      fields: [
        // Agenda titles run long: two lines show them whole on a phone.
        { name: names.titleFr, label: labels.fr, kind: "textarea", rows: 2, lang: "fr", maxLength: 500 },
        { name: names.titleAr, label: labels.ar, kind: "textarea", rows: 2, lang: "ar", maxLength: 500 },
        ...(item ? [{ name: names.isRemoved, label: t("sessionsAdmin.removeItem", { position: row }), kind: "checkbox" as const }] : []),
      ],
    };
  });
  return { sections, initial, rowCount };
}
