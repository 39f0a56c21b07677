import { findOrganizationChoices } from "@/lib/data/organization-choices";
import type { EditableMember } from "@/lib/data/member-edit";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { bilingualLabels, type StaffTranslator } from "../../_components/content-page";
import { bilingualFields, dayValue, type FormSection } from "../../_components/form-spec";

export async function memberFormSections(locale: Locale, t: StaffTranslator): Promise<FormSection[]> {
  const organizations = await findOrganizationChoices();
  return [
    {
      fields: [
        ...bilingualFields("role", bilingualLabels(t, t("governanceAdmin.role")), { maxLength: 200 }),
        { name: "personName", label: t("governanceAdmin.personName"), hint: t("governanceAdmin.personNameHint"), kind: "text", maxLength: 120 },
        ...bilingualFields("office", bilingualLabels(t, t("governanceAdmin.office")), { maxLength: 300, hint: t("governanceAdmin.officeHint") }),
        {
          name: "organizationId",
          label: t("governanceAdmin.organization"),
          kind: "select",
          emptyOption: t("governanceAdmin.noOrganization"),
          options: organizations.map((organization) => ({ value: String(organization.id), label: `${pickText(locale, organization.nameFr, organization.nameAr).text}${organization.acronym ? ` (${organization.acronym})` : ""}` })),
        },
        { name: "startedOn", label: t("governanceAdmin.startedOn"), kind: "date" },
        { name: "endedOn", label: t("governanceAdmin.endedOn"), kind: "date" },
      ],
    },
  ];
}

export function memberFormValues(member: EditableMember): Record<string, string> {
  return {
    roleFr: member.roleFr,
    roleAr: member.roleAr ?? "",
    personName: member.personName ?? "",
    officeFr: member.officeFr ?? "",
    officeAr: member.officeAr ?? "",
    organizationId: member.organizationId ? String(member.organizationId) : "",
    startedOn: dayValue(member.startedOn),
    endedOn: dayValue(member.endedOn),
  };
}
