import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { inputClass } from "@/components/forms/field";
import { Pagination } from "@/components/pagination";
import { hasPermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { AUDIT_PAGE_SIZE, findAuditEntries } from "@/lib/data/audit";
import { AuditOutcome } from "@/lib/generated/prisma/enums";
import { formatInstant } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { parseAuditFilters } from "@/lib/validation/audit";
import { ForbiddenContent } from "../_components/content-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/audit">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("audit.title") };
}

export default async function AuditPage({ params, searchParams }: PageProps<"/[locale]/staff/audit">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  if (!hasPermission(user, "audit.read")) {
    return <ForbiddenContent t={t} />;
  }
  const filters = parseAuditFilters(await searchParams);
  const { total, entries } = await findAuditEntries(user, filters);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const query = (page: number) => {
    const search = new URLSearchParams(Object.entries(filters.raw).filter(([, value]) => value !== ""));
    if (page > 1) search.set("page", String(page));
    const text = search.toString();
    return `/${locale}/staff/audit${text ? `?${text}` : ""}`;
  };
  const textFilters = [
    ["action", t("audit.action"), "auth.sign-in"],
    ["actor", t("audit.actor"), "dpgov@"],
    ["entity", t("audit.entity"), "Project"],
  ] as const;
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">{t("audit.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("audit.intro")}</p>
      <form method="get" role="search" aria-label={t("audit.filters")} className="grid gap-4 rounded border border-slate-200 bg-slate-50 p-4 sm:grid-cols-3">
        {textFilters.map(([name, label, example]) => (
          <div key={name}>
            <label htmlFor={`filter-${name}`} className="block font-semibold">
              {label}
            </label>
            <input id={`filter-${name}`} name={name} defaultValue={filters.raw[name]} placeholder={example} dir="ltr" className={inputClass} />
          </div>
        ))}
        <div>
          <label htmlFor="filter-outcome" className="block font-semibold">
            {t("audit.outcome")}
          </label>
          <select id="filter-outcome" name="outcome" defaultValue={filters.raw.outcome} className={inputClass}>
            <option value="">{t("audit.anyOutcome")}</option>
            {Object.values(AuditOutcome).map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`audit.outcomes.${outcome}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-from" className="block font-semibold">
            {t("audit.from")}
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={filters.raw.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="filter-to" className="block font-semibold">
            {t("audit.to")}
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={filters.raw.to} className={inputClass} />
        </div>
        <div className="sm:col-span-3">
          <button type="submit" className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900">
            {t("audit.apply")}
          </button>
        </div>
      </form>
      <p role="status">{t("audit.count", { count: total })}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className="p-2 text-start">{t("audit.when")}</th>
              <th scope="col" className="p-2 text-start">{t("audit.actor")}</th>
              <th scope="col" className="p-2 text-start">{t("audit.action")}</th>
              <th scope="col" className="p-2 text-start">{t("audit.outcome")}</th>
              <th scope="col" className="p-2 text-start">{t("audit.entity")}</th>
              <th scope="col" className="p-2 text-start">{t("audit.detail")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={String(entry.id)} className="border-b border-slate-200 align-top" data-audit-action={entry.action} data-audit-outcome={entry.outcome}>
                <td className="p-2 whitespace-nowrap">{formatInstant(locale, entry.createdAt, "short")}</td>
                <td className="p-2" dir="ltr">
                  {entry.actor?.email ?? "—"}
                  {entry.actorRole ? ` (${entry.actorRole})` : ""}
                </td>
                <td className="p-2" dir="ltr">{entry.action}</td>
                <td className="p-2">{t(`audit.outcomes.${entry.outcome}`)}</td>
                <td className="p-2" dir="ltr">
                  {entry.entityType} {entry.entityId}
                </td>
                <td className="p-2 font-mono text-xs" dir="ltr">
                  {entry.detail ? JSON.stringify(entry.detail) : ""}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination page={filters.page} pageCount={pageCount} hrefFor={query} labels={{ nav: t("audit.pages"), previous: t("audit.previous"), next: t("audit.next"), page: (page) => t("audit.page", { page }) }} />
    </div>
  );
}
