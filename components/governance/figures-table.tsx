import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { ScrollTable, tableClasses as c } from "@/components/scroll-table";
import type { GovernanceBodyDetail } from "@/lib/data/governance";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/** Figures reported about a body, each with the date it was true and the document that says so. */
export async function FiguresTable({ locale, bodyName, figures }: { locale: Locale; bodyName: string; figures: GovernanceBodyDetail["figures"] }) {
  const t = await getTranslations({ locale, namespace: "governance" });
  return (
    <ScrollTable captionId="figures-caption" caption={t("figuresCaption", { body: bodyName })}>
        <thead>
          <tr>
            <th scope="col" className={c.th}>
              {t("figureLabel")}
            </th>
            <th scope="col" className={c.th}>
              {t("figureValue")}
            </th>
            <th scope="col" className={c.th}>
              {t("figureAsOf")}
            </th>
            <th scope="col" className={c.th}>
              {t("figureSource")}
            </th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.id} data-figure-row>
              <th scope="row" className={c.rowHeader}>
                <LocalizedText value={pickText(locale, figure.labelFr, figure.labelAr)} />
              </th>
              <td className={`${c.td} whitespace-nowrap`}>
                <span className="font-semibold tabular-nums">{formatNumber(locale, Number(figure.value))}</span>
                {figure.unitFr && (
                  <>
                    {" "}
                    <LocalizedText value={pickText(locale, figure.unitFr, figure.unitAr)} />
                  </>
                )}
              </td>
              <td className={c.td}>
                <time dateTime={figure.asOf.toISOString().slice(0, 10)}>{formatDate(locale, figure.asOf)}</time>
              </td>
              <td className={c.td}>
                {figure.source ? (
                  figure.source.url ? (
                    <a href={figure.source.url} rel="noopener noreferrer external" className="text-brand-800 underline underline-offset-4" lang="fr" dir="ltr">
                      {figure.source.publisher ?? figure.source.title}
                    </a>
                  ) : (
                    <span lang="fr" dir="ltr">
                      {figure.source.publisher ?? figure.source.title}
                    </span>
                  )
                ) : (
                  t("notGiven")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
  );
}
