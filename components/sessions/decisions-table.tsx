import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { ScrollTable, tableClasses as c } from "@/components/scroll-table";
import type { SessionDetail } from "@/lib/data/sessions";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";

/** Decisions of a session with who carries each one, by when, and where it stands. */
export async function DecisionsTable({ locale, label, decisions }: { locale: Locale; label: string; decisions: SessionDetail["decisions"] }) {
  const t = await getTranslations({ locale, namespace: "sessions" });
  return (
    <ScrollTable captionId="decisions-caption" caption={t("decisionsCaption", { session: label })}>
        <thead>
          <tr>
            <th scope="col" className={c.th}>
              {t("decision")}
            </th>
            <th scope="col" className={c.th}>
              {t("owner")}
            </th>
            <th scope="col" className={c.th}>
              {t("dueOn")}
            </th>
            <th scope="col" className={c.th}>
              {t("decisionStatusHeading")}
            </th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((decision) => (
            <tr key={decision.position}>
              <th scope="row" className={`${c.rowHeader} min-w-64 font-normal`}>
                <LocalizedText value={pickText(locale, decision.textFr, decision.textAr)} />
              </th>
              <td className={`${c.td} min-w-40`}>
                {decision.ownerOrganization ? (
                  <LocaleLink locale={locale} href={`/organizations/${decision.ownerOrganization.slug}`} className="text-brand-800 underline underline-offset-4">
                    <LocalizedText value={pickText(locale, decision.ownerOrganization.nameFr, decision.ownerOrganization.nameAr)} />
                  </LocaleLink>
                ) : decision.ownerLabelFr ? (
                  <LocalizedText value={pickText(locale, decision.ownerLabelFr, decision.ownerLabelAr)} />
                ) : (
                  t("notGiven")
                )}
              </td>
              <td className={`${c.td} whitespace-nowrap`}>
                {decision.dueOn ? <time dateTime={decision.dueOn.toISOString().slice(0, 10)}>{formatDate(locale, decision.dueOn)}</time> : t("notGiven")}
              </td>
              <td className={c.td}>{t(`decisionStatus.${decision.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
  );
}
