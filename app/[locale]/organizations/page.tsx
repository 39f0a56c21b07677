import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { FreshnessLabel } from "@/components/organizations/freshness-label";
import { ScrollTable, tableClasses as c } from "@/components/scroll-table";
import { findOrganizationsWithFreshness } from "@/lib/data/organizations";
import { formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/organizations">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "organizations" });
  return pageMetadata({ locale, path: "/organizations", title: t("title"), description: t("description") });
}

export default async function OrganizationsPage({ params }: PageProps<"/[locale]/organizations">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, organizations] = await Promise.all([getTranslations({ locale, namespace: "organizations" }), findOrganizationsWithFreshness()]);
  const now = new Date();
  // Sorted in the reader's language, so the Arabic list is in Arabic alphabetical order.
  const collator = new Intl.Collator(locale);
  const rows = organizations
    .map((organization) => ({ ...organization, name: pickText(locale, organization.nameFr, organization.nameAr) }))
    .sort((a, b) => b.projectCount - a.projectCount || collator.compare(a.name.text, b.name.text));

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
        <p className="max-w-3xl text-sm text-slate-700">{t("freshnessExplain")}</p>
      </header>
      {rows.length === 0 ? (
        <p>{t("noOrganization")}</p>
      ) : (
        <ScrollTable captionId="organizations-caption" caption={t("tableCaption")}>
            <thead>
              <tr>
                <th scope="col" className={c.th}>
                  {t("organization")}
                </th>
                <th scope="col" className={c.th}>
                  {t("kind")}
                </th>
                <th scope="col" className={`${c.th} whitespace-nowrap`}>
                  {t("projectCount")}
                </th>
                <th scope="col" className={c.th}>
                  {t("oldestUpdate")}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((organization) => (
                <tr key={organization.slug} data-organization={organization.slug}>
                  <th scope="row" className={c.rowHeader}>
                    <LocaleLink locale={locale} href={`/organizations/${organization.slug}`} className="text-brand-800 underline underline-offset-4 hover:decoration-2">
                      <LocalizedText value={organization.name} />
                    </LocaleLink>
                    {organization.acronym && " "}
                    {organization.acronym && (
                      <span className="font-normal text-slate-700" lang="fr">
                        ({organization.acronym})
                      </span>
                    )}
                  </th>
                  <td className={c.td}>{t(`kinds.${organization.kind}`)}</td>
                  <td className={`${c.td} tabular-nums`}>{formatNumber(locale, organization.projectCount)}</td>
                  <td className={c.td}>
                    {organization.oldestUpdateAt ? <FreshnessLabel locale={locale} updatedAt={organization.oldestUpdateAt} now={now} /> : t("noProjectShort")}
                  </td>
                </tr>
              ))}
            </tbody>
          </ScrollTable>
      )}
    </div>
  );
}
