import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { ScrollTable, tableClasses as c } from "@/components/scroll-table";
import type { GovernanceBodyDetail } from "@/lib/data/governance";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";

/** Seats of a body: role, who holds it (a person where the sources name one, else the office), organisation. */
export async function MembersTable({ locale, bodyName, members }: { locale: Locale; bodyName: string; members: GovernanceBodyDetail["members"] }) {
  const t = await getTranslations({ locale, namespace: "governance" });
  const hasPeriods = members.some((m) => m.startedOn || m.endedOn);
  return (
    <ScrollTable captionId="members-caption" caption={t("membersCaption", { body: bodyName })}>
        <thead>
          <tr>
            <th scope="col" className={c.th}>
              {t("memberRole")}
            </th>
            <th scope="col" className={c.th}>
              {t("memberHolder")}
            </th>
            <th scope="col" className={c.th}>
              {t("memberOrganization")}
            </th>
            {hasPeriods && (
              <th scope="col" className={c.th}>
                {t("memberPeriod")}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => (
            <tr key={member.id}>
              <th scope="row" className={c.rowHeader}>
                <LocalizedText value={pickText(locale, member.roleFr, member.roleAr)} />
              </th>
              <td className={c.td}>
                {member.personName && (
                  <span className="block font-medium" lang="fr" dir="auto">
                    {member.personName}
                  </span>
                )}
                {member.officeFr && <LocalizedText value={pickText(locale, member.officeFr, member.officeAr)} />}
              </td>
              <td className={c.td}>
                {member.organization ? (
                  <LocaleLink locale={locale} href={`/organizations/${member.organization.slug}`} className="text-brand-800 underline underline-offset-4">
                    <LocalizedText value={pickText(locale, member.organization.nameFr, member.organization.nameAr)} />
                  </LocaleLink>
                ) : (
                  t("notGiven")
                )}
              </td>
              {hasPeriods && (
                <td className={c.td}>
                  {member.startedOn ? formatDate(locale, member.startedOn) : t("notGiven")}
                  {" – "}
                  {member.endedOn ? formatDate(locale, member.endedOn) : t("ongoing")}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </ScrollTable>
  );
}
