import { findSourceChoices } from "@/lib/data/source-edit";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { bilingualLabels, type StaffTranslator } from "../../_components/content-page";
import { bilingualFields, type FormSection } from "../../_components/form-spec";

export function targetFormSections(t: StaffTranslator, unit: string): FormSection[] {
  return [
    {
      fields: [
        { name: "targetValue", label: t("indicatorsAdmin.targetValue", { unit }), hint: t("indicatorsAdmin.targetValueHint"), kind: "decimal" },
        { name: "targetOn", label: t("indicatorsAdmin.targetOn"), kind: "date" },
      ],
    },
  ];
}

/** Date, value and note, then the source: an existing one, or a new one described here. */
export async function valueFormSections(locale: Locale, t: StaffTranslator, unit: string): Promise<FormSection[]> {
  const sources = await findSourceChoices();
  return [
    {
      fields: [
        { name: "observedOn", label: t("indicatorsAdmin.observedOn"), kind: "date" },
        { name: "value", label: t("indicatorsAdmin.value", { unit }), hint: t("indicatorsAdmin.valueHint"), kind: "decimal" },
        { name: "isAboveTargetConfirmed", label: t("indicatorsAdmin.isAboveTargetConfirmed"), hint: t("indicatorsAdmin.isAboveTargetConfirmedHint"), kind: "checkbox" },
        ...bilingualFields("note", bilingualLabels(t, t("indicatorsAdmin.note")), { kind: "textarea", rows: 2, maxLength: 500 }),
      ],
    },
    {
      legend: t("indicatorsAdmin.sourceLegend"),
      intro: t("indicatorsAdmin.sourceIntro"),
      fields: [
        {
          name: "sourceId",
          label: t("indicatorsAdmin.sourceId"),
          kind: "select",
          emptyOption: t("indicatorsAdmin.noSource"),
          // Sources are French documents: their titles are shown as written.
          options: sources.map((source) => ({ value: String(source.id), label: [source.publisher, source.title, source.publishedOn ? formatDate(locale, source.publishedOn, "short") : null].filter(Boolean).join(" · ") })),
        },
        { name: "sourceTitle", label: t("indicatorsAdmin.sourceTitle"), kind: "text", lang: "fr", maxLength: 300 },
        { name: "sourcePublisher", label: t("indicatorsAdmin.sourcePublisher"), kind: "text", lang: "fr", maxLength: 200 },
        { name: "sourceUrl", label: t("indicatorsAdmin.sourceUrl"), kind: "url" },
        { name: "sourcePublishedOn", label: t("indicatorsAdmin.sourcePublishedOn"), kind: "date" },
      ],
    },
  ];
}
