import { LocalizedText } from "@/components/localized-text";
import type { EditableSession } from "@/lib/data/session-edit";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { linkClass, tableClass, tdClass, thClass, type StaffTranslator } from "../../_components/content-page";

/** The session's decisions with their follow-up, each with a link to edit it. */
export function DecisionsList({ locale, t, number, decisions, statusLabel }: { locale: Locale; t: StaffTranslator; number: number; decisions: EditableSession["decisions"]; statusLabel: (status: string) => string }) {
  if (decisions.length === 0) return <p>{t("sessionsAdmin.noDecision")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{t("sessionsAdmin.decisionsCaption", { number })}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className={thClass}>{t("sessionsAdmin.decisionColumns.decision")}</th>
            <th scope="col" className={thClass}>{t("sessionsAdmin.decisionColumns.owner")}</th>
            <th scope="col" className={thClass}>{t("sessionsAdmin.decisionColumns.dueOn")}</th>
            <th scope="col" className={thClass}>{t("sessionsAdmin.decisionColumns.status")}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision) => (
            <tr key={decision.id} className="border-b border-slate-200" data-decision={decision.id}>
              <th scope="row" className={`${tdClass} min-w-64 text-start font-normal`}>
                <LocalizedText as="p" value={pickText(locale, decision.textFr, decision.textAr)} />
                {/* The link sits under the text, not in a last column a phone would scroll out of view. */}
                <Link href={`/staff/sessions/${number}/decisions/${decision.id}`} className={`${linkClass} mt-1 inline-block`}>
                  {t("sessionsAdmin.editDecision", { position: decision.position })}
                </Link>
              </th>
              <td className={tdClass}>
                {decision.ownerOrganization ? (
                  decision.ownerOrganization.acronym ?? <LocalizedText value={pickText(locale, decision.ownerOrganization.nameFr, decision.ownerOrganization.nameAr)} />
                ) : decision.ownerLabelFr ? (
                  <LocalizedText value={pickText(locale, decision.ownerLabelFr, decision.ownerLabelAr)} />
                ) : (
                  "—"
                )}
              </td>
              <td className={`${tdClass} whitespace-nowrap`}>{decision.dueOn ? formatDate(locale, decision.dueOn, "short") : "—"}</td>
              <td className={tdClass}>{statusLabel(decision.status)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
