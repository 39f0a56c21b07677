import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { ProjectListItem } from "@/lib/data/projects";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { ProgressBar } from "./progress-bar";
import { FlagshipBadge, LateBadge, StatusBadge } from "./status-badge";

function DateRange({ locale, start, end, unknown }: { locale: Locale; start: Date | null; end: Date | null; unknown: string }) {
  if (!start && !end) return <>{unknown}</>;
  const show = (date: Date | null) => (date ? <time dateTime={date.toISOString().slice(0, 10)}>{formatDate(locale, date, "short")}</time> : unknown);
  return (
    <>
      {show(start)} <span aria-hidden="true">{locale === "ar" ? "←" : "→"}</span> {show(end)}
    </>
  );
}

/** One project of the roadmap list: what a citizen needs at a glance, linking to its page. */
export async function ProjectCard({ locale, project }: { locale: Locale; project: ProjectListItem }) {
  const t = await getTranslations({ locale, namespace: "roadmap" });
  const hasActual = project.actualStartOn || project.actualEndOn;
  return (
    <article className="rounded border border-slate-200 p-4 shadow-sm" data-project={project.slug}>
      <div className="flex flex-wrap items-center gap-2">
        <StatusBadge locale={locale} status={project.status} />
        {project.isLate && <LateBadge locale={locale} />}
        {project.isFlagship && <FlagshipBadge locale={locale} />}
        <span className="text-xs text-slate-600">{t(`kinds.${project.kind}`)}</span>
      </div>
      <h3 className="mt-2 text-lg font-semibold">
        <Link href={`/projects/${project.slug}`} className="text-brand-800 underline decoration-1 underline-offset-4 hover:decoration-2">
          <LocalizedText value={pickText(locale, project.titleFr, project.titleAr)} />
        </Link>
      </h3>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium text-slate-700">{t("owner")}</dt>
        <dd>
          <LocalizedText value={pickText(locale, project.organizationNameFr, project.organizationNameAr)} />
        </dd>
        <dt className="font-medium text-slate-700">{t("progress")}</dt>
        <dd>
          <ProgressBar locale={locale} value={project.progress} label={t("progress")} />
        </dd>
        <dt className="font-medium text-slate-700">{t("planned")}</dt>
        <dd>
          <DateRange locale={locale} start={project.plannedStartOn} end={project.plannedEndOn} unknown={t("unknownDate")} />
        </dd>
        {hasActual && (
          <>
            <dt className="font-medium text-slate-700">{t("actual")}</dt>
            <dd>
              <DateRange locale={locale} start={project.actualStartOn} end={project.actualEndOn} unknown={t("unknownDate")} />
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
