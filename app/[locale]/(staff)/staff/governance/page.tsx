import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { findStaffBodies } from "@/lib/data/member-edit";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { contentEditor, ForbiddenContent, linkClass, tableClass, tdClass, thClass } from "../_components/content-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/governance">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("governanceAdmin.title") };
}

export default async function StaffGovernancePage({ params }: PageProps<"/[locale]/staff/governance">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const bodies = await findStaffBodies(user);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("governanceAdmin.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("governanceAdmin.intro")}</p>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">{t("governanceAdmin.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={thClass}>{t("governanceAdmin.columns.body")}</th>
              <th scope="col" className={thClass}>{t("governanceAdmin.columns.members")}</th>
            </tr>
          </thead>
          <tbody>
            {bodies.map((body) => (
              <tr key={body.slug} className="border-b border-slate-200">
                <th scope="row" className={`${tdClass} text-start font-normal`}>
                  <Link href={`/staff/governance/${body.slug}`} className={linkClass}>
                    {body.acronym ? `${body.acronym} · ` : ""}
                    <LocalizedText value={pickText(locale, body.nameFr, body.nameAr)} />
                  </Link>
                </th>
                <td className={tdClass}>{body._count.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
