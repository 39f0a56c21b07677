import { LocalizedText } from "@/components/localized-text";
import type { EditableMember } from "@/lib/data/member-edit";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { linkClass, tableClass, tdClass, thClass, type StaffTranslator } from "../../_components/content-page";

/** A body's seats in display order, each with a link to edit (or remove) it. */
export function MembersList({ locale, t, bodySlug, members }: { locale: Locale; t: StaffTranslator; bodySlug: string; members: EditableMember[] }) {
  if (members.length === 0) return <p>{t("governanceAdmin.noMembers")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{t("governanceAdmin.membersCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className={thClass}>{t("governanceAdmin.memberColumns.role")}</th>
            <th scope="col" className={thClass}>{t("governanceAdmin.memberColumns.holder")}</th>
            <th scope="col" className={thClass}>{t("governanceAdmin.memberColumns.organization")}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const role = pickText(locale, member.roleFr, member.roleAr);
            return (
              <tr key={member.id} className="border-b border-slate-200" data-member={member.id}>
                <th scope="row" className={`${tdClass} min-w-48 text-start font-normal`}>
                  <LocalizedText as="p" value={role} />
                  <Link href={`/staff/governance/${bodySlug}/members/${member.id}`} className={`${linkClass} mt-1 inline-block`}>
                    {t("governanceAdmin.editMember", { position: member.position })}
                  </Link>
                </th>
                <td className={tdClass}>{member.personName ?? (member.officeFr ? <LocalizedText value={pickText(locale, member.officeFr, member.officeAr)} /> : "—")}</td>
                <td className={tdClass}>{member.organization ? (member.organization.acronym ?? <LocalizedText value={pickText(locale, member.organization.nameFr, member.organization.nameAr)} />) : "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
