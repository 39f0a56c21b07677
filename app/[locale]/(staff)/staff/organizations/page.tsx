import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { findStaffOrganizations } from "@/lib/data/organization-edit";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { contentEditor, ForbiddenContent, linkClass, tableClass, tdClass, thClass } from "../_components/content-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/organizations">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("organizationsAdmin.title") };
}

export default async function StaffOrganizationsPage({ params }: PageProps<"/[locale]/staff/organizations">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const organizations = await findStaffOrganizations(user);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("organizationsAdmin.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("organizationsAdmin.intro")}</p>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">{t("organizationsAdmin.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={thClass}>{t("organizationsAdmin.columns.name")}</th>
              <th scope="col" className={thClass}>{t("organizationsAdmin.columns.acronym")}</th>
              <th scope="col" className={thClass}>{t("organizationsAdmin.columns.website")}</th>
            </tr>
          </thead>
          <tbody>
            {organizations.map((organization) => (
              <tr key={organization.slug} className="border-b border-slate-200">
                <th scope="row" className={`${tdClass} min-w-56 text-start font-normal`}>
                  <Link href={`/staff/organizations/${organization.slug}`} className={linkClass}>
                    <LocalizedText value={pickText(locale, organization.nameFr, organization.nameAr)} />
                  </Link>
                </th>
                <td className={tdClass}>{organization.acronym ?? "—"}</td>
                <td className={`${tdClass} break-all`} dir="ltr">
                  {organization.websiteUrl ?? "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
