import type { EditableIndicator } from "@/lib/data/indicator-edit";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { ContentForm } from "../../_components/content-form";
import { tableClass, tdClass, thClass, type StaffTranslator } from "../../_components/content-page";
import { removeIndicatorValueAction } from "../actions";

/** The indicator's values, newest first, each with a button to remove it if it was a mistake. */
export function ValuesTable({ locale, t, indicator, unit, stamp }: { locale: Locale; t: StaffTranslator; indicator: EditableIndicator; unit: string; stamp: string }) {
  if (indicator.values.length === 0) return <p>{t("indicatorsAdmin.noValues")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className={tableClass}>
        <caption className="sr-only">{t("indicatorsAdmin.valuesCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className={thClass}>{t("indicatorsAdmin.valueColumns.observedOn")}</th>
            <th scope="col" className={thClass}>{t("indicatorsAdmin.valueColumns.value")}</th>
            <th scope="col" className={thClass}>{t("indicatorsAdmin.valueColumns.source")}</th>
          </tr>
        </thead>
        <tbody>
          {indicator.values.map((value) => {
            const date = formatDate(locale, value.observedOn);
            return (
              <tr key={value.id} className="border-b border-slate-200" data-value={value.observedOn.toISOString().slice(0, 10)}>
                <th scope="row" className={`${tdClass} text-start font-normal`}>
                  <p className="whitespace-nowrap">{date}</p>
                  {/* Under the date rather than in a last column a phone would scroll out of view. */}
                  <div className="mt-2">
                    <ContentForm
                      key={`remove-${value.id}-${stamp}`}
                      name="indicator-value-remove"
                      action={removeIndicatorValueAction}
                      hidden={{ locale, indicator: indicator.slug, valueId: String(value.id) }}
                      initial={{}}
                      sections={[]}
                      submitLabel={t("indicatorsAdmin.removeValue", { date })}
                      submitStyle="danger"
                    />
                  </div>
                </th>
                <td className={tdClass}>{`${formatNumber(locale, Number(value.value.toString()))} ${unit}`}</td>
                <td className={tdClass}>
                  {value.source ? (
                    <span lang="fr" dir="ltr">
                      {[value.source.publisher, value.source.title].filter(Boolean).join(" · ")}
                    </span>
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
