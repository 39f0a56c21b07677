import { getTranslations } from "next-intl/server";
import { fieldMessageKey, type FieldDoc } from "@/lib/open-data/fields";
import type { Locale } from "@/lib/i18n/routing";
import { codeTag } from "./code-tag";

/**
 * The documented fields of one endpoint. On a phone the type moves under the field name
 * (the type column is hidden), so the table fits 360 px without sideways scrolling.
 */
export async function FieldTable({
  locale,
  endpoint,
  fields,
  caption,
}: {
  locale: Locale;
  endpoint: "projects" | "sessions" | "indicators";
  fields: readonly FieldDoc[];
  caption: string;
}) {
  const t = await getTranslations({ locale, namespace: "openData" });
  const typeLabel = (field: FieldDoc) => (
    <>
      {t.rich(`types.${field.type}`, codeTag)}
      {field.isNullable && t.rich("table.orNull", codeTag)}
    </>
  );
  return (
    <table className="w-full border-collapse text-start text-sm" data-testid={`fields-${endpoint}`}>
      <caption className="mb-2 text-start font-semibold text-brand-900">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-300 bg-slate-50">
          <th scope="col" className="w-2/5 p-2 text-start align-bottom sm:w-auto">
            {t("table.field")}
          </th>
          <th scope="col" className="hidden p-2 text-start align-bottom sm:table-cell">
            {t("table.type")}
          </th>
          <th scope="col" className="p-2 text-start align-bottom">
            {t("table.meaning")}
          </th>
        </tr>
      </thead>
      <tbody>
        {fields.map((field) => (
          <tr key={field.key} className="border-b border-slate-200 align-top">
            <th scope="row" className="p-2 text-start font-normal">
              <code data-field dir="ltr" className="break-all font-mono text-[0.8125rem] font-semibold text-slate-900 sm:whitespace-nowrap sm:break-normal">
                {field.key}
              </code>
              <span className="mt-1 block text-xs text-slate-700 sm:hidden">{typeLabel(field)}</span>
            </th>
            <td className="hidden p-2 text-slate-700 sm:table-cell">{typeLabel(field)}</td>
            <td className="p-2">{t.rich(`fields.${endpoint}.${fieldMessageKey(field.key)}`, codeTag)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
