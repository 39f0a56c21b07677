import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { requireUser } from "@/lib/auth/require-user";
import { findProjectForEdit } from "@/lib/data/project-edit";
import { findSessionChoices } from "@/lib/data/session-choices";
import { isAppError } from "@/lib/errors";
import { ProjectStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { toEditValues } from "./_components/edit-values";
import { ProjectEditForm } from "./_components/project-edit-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/projects/[slug]">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("projectForm.title") };
}

export default async function EditProjectPage({ params, searchParams }: PageProps<"/[locale]/staff/projects/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  const ts = await getTranslations({ locale, namespace: "status" });
  let project;
  try {
    project = await findProjectForEdit(user, slug);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    if (isAppError(error, "FORBIDDEN")) {
      return (
        <div className="space-y-4">
          <h1 className="text-3xl font-bold text-brand-900">{t("forbiddenTitle")}</h1>
          <p>{t("forbiddenProject")}</p>
        </div>
      );
    }
    throw error;
  }
  const sessions = await findSessionChoices();
  const title = pickText(locale, project.titleFr, project.titleAr).text;
  const fieldLabels: Record<string, string> = {
    status: t("projectForm.status"),
    progress: t("projectForm.progress"),
    plannedStartOn: t("projectForm.plannedStartOn"),
    plannedEndOn: t("projectForm.plannedEndOn"),
    actualStartOn: t("projectForm.actualStartOn"),
    actualEndOn: t("projectForm.actualEndOn"),
  };
  for (const milestone of project.milestones) {
    const name = pickText(locale, milestone.titleFr, milestone.titleAr).text;
    fieldLabels[`milestone-${milestone.id}-planned`] = `${name} · ${t("projectForm.milestonePlanned")}`;
    fieldLabels[`milestone-${milestone.id}-actual`] = `${name} · ${t("projectForm.milestoneActual")}`;
  }
  const { saved } = await searchParams;
  const [baselineStart, baselineEnd] = [project.baselineStartOn, project.baselineEndOn].map((date) => (date ? formatDate(locale, date) : "—")) as [string, string];
  return (
    <div className="space-y-6">
      <Breadcrumb locale={locale} trail={[{ label: t("dashboardTitle"), href: "/staff" }]} current={title} />
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p className="text-slate-700">
        {project.code} · {pickText(locale, project.ownerOrganization.nameFr, project.ownerOrganization.nameAr).text} ·{" "}
        <Link href={`/projects/${project.slug}`} className="text-brand-800 underline">
          {t("projectForm.publicPage")}
        </Link>
      </p>
      {saved === "1" && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-900">
          {t("projectForm.saved")}
        </p>
      )}
      <p className="text-sm text-slate-700">{t("projectForm.baseline", { start: baselineStart, end: baselineEnd })}</p>
      <ProjectEditForm
        slug={project.slug}
        locale={locale}
        initial={toEditValues(project)}
        statuses={Object.values(ProjectStatus).map((value) => ({ value, label: ts(value) }))}
        sessions={sessions.map((session) => ({ value: String(session.number), label: t("projectForm.sessionOption", { number: session.number, date: formatDate(locale, session.heldOn) }) }))}
        milestones={project.milestones.map((milestone) => ({ id: milestone.id, title: pickText(locale, milestone.titleFr, milestone.titleAr).text, baseline: milestone.baselineOn ? formatDate(locale, milestone.baselineOn) : null }))}
        fieldLabels={fieldLabels}
      />
    </div>
  );
}
