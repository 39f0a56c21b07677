"use client";
import { useTranslations } from "next-intl";

/** Shows, field by field, what another editor saved that differs from this editor's input. */
export function ConflictPanel({ detail, values, fieldLabels }: { detail?: Record<string, unknown>; values: Record<string, string | undefined>; fieldLabels: Record<string, string> }) {
  const t = useTranslations("staff.conflict");
  const saved = (detail?.saved ?? {}) as Record<string, string>;
  const lastChange = detail?.lastChange as { actorName: string; at: string } | null | undefined;
  const differences = Object.keys(saved).filter((name) => name !== "version" && (values[name] ?? "") !== saved[name]);
  return (
    <section role="alert" aria-labelledby="conflict-title" className="rounded border-4 border-amber-600 bg-amber-50 p-4">
      <h2 id="conflict-title" className="text-lg font-bold text-amber-950">
        {t("title")}
      </h2>
      <p className="mt-1">{lastChange ? t("savedBy", { name: lastChange.actorName, at: new Date(lastChange.at).toISOString().slice(0, 16).replace("T", " ") }) : t("savedByUnknown")}</p>
      <p className="mt-1">{t("explain")}</p>
      {differences.length > 0 && (
        <table className="mt-3 min-w-full border-collapse text-sm">
          <caption className="sr-only">{t("caption")}</caption>
          <thead>
            <tr className="border-b-2 border-amber-700">
              <th scope="col" className="p-2 text-start">{t("field")}</th>
              <th scope="col" className="p-2 text-start">{t("savedValue")}</th>
              <th scope="col" className="p-2 text-start">{t("yourValue")}</th>
            </tr>
          </thead>
          <tbody>
            {differences.map((name) => (
              <tr key={name} className="border-b border-amber-200" data-conflict-field={name}>
                <th scope="row" className="p-2 text-start font-semibold">{fieldLabels[name] ?? name}</th>
                <td className="p-2">{saved[name] || "—"}</td>
                <td className="p-2">{values[name] || "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
