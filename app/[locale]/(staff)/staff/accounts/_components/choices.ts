import { getTranslations } from "next-intl/server";
import { findOrganizationChoices } from "@/lib/data/organization-choices";
import { Role } from "@/lib/generated/prisma/enums";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/** Role and organisation options with their labels, for the account forms. */
export async function accountChoices(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const organizations = await findOrganizationChoices();
  return {
    roles: Object.values(Role).map((value) => ({ value, label: t(`roles.${value}`) })),
    organizations: organizations.map((organization) => ({
      value: String(organization.id),
      label: `${pickText(locale, organization.nameFr, organization.nameAr).text}${organization.acronym ? ` (${organization.acronym})` : ""}`,
    })),
  };
}
