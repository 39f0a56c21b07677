import { getTranslations } from "next-intl/server";
import { SessionStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";
import { bilingualLabels, type StaffTranslator } from "../../_components/content-page";
import { bilingualFields, dayValue, type FormSection } from "../../_components/form-spec";

type SessionValues = { heldOn: Date | null; status: string; chairName: string | null; chairTitleFr: string | null; chairTitleAr: string | null; summaryFr: string | null; summaryAr: string | null };

/** The session form's fields (creation adds the number), shared by the new and edit pages. */
export async function sessionFormSections(locale: Locale, t: StaffTranslator, isCreation: boolean): Promise<FormSection[]> {
  const ts = await getTranslations({ locale, namespace: "sessions" });
  return [
    {
      fields: [
        ...(isCreation ? [{ name: "number", label: t("sessionsAdmin.number"), hint: t("sessionsAdmin.numberHint"), kind: "number" as const }] : []),
        { name: "heldOn", label: t("sessionsAdmin.heldOn"), hint: t("sessionsAdmin.heldOnHint"), kind: "date" },
        { name: "status", label: t("sessionsAdmin.status"), kind: "select", options: Object.values(SessionStatus).map((value) => ({ value, label: ts(`sessionStatus.${value}`) })) },
      ],
    },
    {
      legend: t("sessionsAdmin.chairLegend"),
      fields: [
        { name: "chairName", label: t("sessionsAdmin.chairName"), hint: t("sessionsAdmin.chairNameHint"), kind: "text", maxLength: 120 },
        ...bilingualFields("chairTitle", bilingualLabels(t, t("sessionsAdmin.chairTitle")), { maxLength: 300 }),
      ],
    },
    {
      legend: t("sessionsAdmin.summaryLegend"),
      fields: bilingualFields("summary", bilingualLabels(t, t("sessionsAdmin.summary")), { kind: "textarea", rows: 6, maxLength: 4000 }),
    },
  ];
}

export function sessionFormValues(session: SessionValues): Record<string, string> {
  return {
    heldOn: dayValue(session.heldOn),
    status: session.status,
    chairName: session.chairName ?? "",
    chairTitleFr: session.chairTitleFr ?? "",
    chairTitleAr: session.chairTitleAr ?? "",
    summaryFr: session.summaryFr ?? "",
    summaryAr: session.summaryAr ?? "",
  };
}
