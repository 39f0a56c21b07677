import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { PROJECT_QUERY_PARAMETERS } from "@/lib/open-data/projects-query";
import { codeTag } from "./code-tag";

/** The query parameters of /api/v1/projects(.csv); on a phone the values move under the name. */
export async function ParameterTable({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "openData" });
  return (
    <table className="w-full border-collapse text-start text-sm" data-testid="parameters-projects">
      <caption className="mb-2 text-start font-semibold text-brand-900">{t("projects.parametersCaption")}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300 bg-slate-50">
          <th scope="col" className="w-2/5 p-2 text-start align-bottom sm:w-auto">
            {t("table.parameter")}
          </th>
          <th scope="col" className="hidden p-2 text-start align-bottom sm:table-cell">
            {t("table.values")}
          </th>
          <th scope="col" className="p-2 text-start align-bottom">
            {t("table.effect")}
          </th>
        </tr>
      </thead>
      <tbody>
        {PROJECT_QUERY_PARAMETERS.map((name) => (
          <tr key={name} className="border-b border-slate-200 align-top">
            <th scope="row" className="p-2 text-start font-normal">
              <code dir="ltr" className="font-mono text-[0.8125rem] font-semibold text-slate-900">
                {name}
              </code>
              <span className="mt-1 block text-xs text-slate-700 sm:hidden">{t.rich(`parameters.${name}.values`, codeTag)}</span>
            </th>
            <td className="hidden p-2 text-slate-700 sm:table-cell">{t.rich(`parameters.${name}.values`, codeTag)}</td>
            <td className="p-2">{t.rich(`parameters.${name}.effect`, codeTag)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
