import { getTranslations } from "next-intl/server";
import type { EditableDecision } from "@/lib/data/decision-edit";
import { findOrganizationChoices } from "@/lib/data/organization-choices";
import { DecisionStatus } from "@/lib/generated/prisma/enums";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { bilingualLabels, type StaffTranslator } from "../../_components/content-page";
import { bilingualFields, dayValue, type FormSection } from "../../_components/form-spec";

/** A decision's text, then its follow-up: owner (an organisation or a label), due date, status. */
export async function decisionFormSections(locale: Locale, t: StaffTranslator): Promise<FormSection[]> {
  const [ts, organizations] = await Promise.all([getTranslations({ locale, namespace: "sessions" }), findOrganizationChoices()]);
  return [
    { fields: bilingualFields("text", bilingualLabels(t, t("sessionsAdmin.decisionText")), { kind: "textarea", rows: 4, maxLength: 2000 }) },
    {
      legend: t("sessionsAdmin.followUpLegend"),
      fields: [
        {
          name: "ownerOrganizationId",
          label: t("sessionsAdmin.ownerOrganization"),
          hint: t("sessionsAdmin.ownerOrganizationHint"),
          kind: "select",
          emptyOption: t("sessionsAdmin.noOrganization"),
          options: organizations.map((organization) => ({ value: String(organization.id), label: `${pickText(locale, organization.nameFr, organization.nameAr).text}${organization.acronym ? ` (${organization.acronym})` : ""}` })),
        },
        ...bilingualFields("ownerLabel", bilingualLabels(t, t("sessionsAdmin.ownerLabel")), { maxLength: 200 }),
        { name: "dueOn", label: t("sessionsAdmin.dueOn"), hint: t("sessionsAdmin.dueOnHint"), kind: "date" },
        { name: "status", label: t("sessionsAdmin.decisionStatus"), kind: "select", options: Object.values(DecisionStatus).map((value) => ({ value, label: ts(`decisionStatus.${value}`) })) },
      ],
    },
  ];
}

export function decisionFormValues(decision: EditableDecision): Record<string, string> {
  return {
    textFr: decision.textFr,
    textAr: decision.textAr ?? "",
    ownerOrganizationId: decision.ownerOrganizationId ? String(decision.ownerOrganizationId) : "",
    ownerLabelFr: decision.ownerLabelFr ?? "",
    ownerLabelAr: decision.ownerLabelAr ?? "",
    dueOn: dayValue(decision.dueOn),
    status: decision.status,
  };
}
