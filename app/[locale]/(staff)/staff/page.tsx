import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { StatusBadge } from "@/components/projects/status-badge";
import { hasPermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import { findEditableProjects } from "@/lib/data/project-edit";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("dashboardTitle") };
}

export default async function StaffHomePage({ params }: PageProps<"/[locale]/staff">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  // Stakeholders have no back-office work: signing in takes them to the collaborative space.
  if (user.role === "STAKEHOLDER") redirect(`/${locale}/space`);
  if (!hasPermission(user, "project.edit")) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t("dashboardTitle")}</h1>
        <p>{t("noProjectRights")}</p>
      </div>
    );
  }
  const projects = await findEditableProjects(user);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("dashboardTitle")}</h1>
      <p className="max-w-prose text-slate-700">{user.role === "SPGOV_EDITOR" ? t("scopeOwnOrganization") : t("scopeAll")}</p>
      <div className="overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">{t("projectsCaption", { count: projects.length })}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400 text-start">
              <th scope="col" className="p-2 text-start">{t("columns.project")}</th>
              <th scope="col" className="p-2 text-start">{t("columns.owner")}</th>
              <th scope="col" className="p-2 text-start">{t("columns.status")}</th>
              <th scope="col" className="p-2 text-start">{t("columns.progress")}</th>
              <th scope="col" className="p-2 text-start">{t("columns.plannedEnd")}</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((project) => (
              <tr key={project.slug} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-start font-normal">
                  <Link href={`/staff/projects/${project.slug}`} className="font-semibold text-brand-800 underline">
                    <LocalizedText value={pickText(locale, project.titleFr, project.titleAr)} />
                  </Link>
                </th>
                <td className="p-2">{project.ownerOrganization.acronym ?? <LocalizedText value={pickText(locale, project.ownerOrganization.nameFr, project.ownerOrganization.nameAr)} />}</td>
                <td className="p-2">
                  <StatusBadge locale={locale} status={project.status} />
                </td>
                <td className="p-2">{project.progress}%</td>
                <td className="p-2">{project.plannedEndOn ? formatDate(locale, project.plannedEndOn, "short") : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
