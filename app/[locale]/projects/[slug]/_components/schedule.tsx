import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { ProjectPageData } from "@/lib/data/project-page";
import { slipInDays } from "@/lib/dates";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

type Row = { key: string; label: React.ReactNode; baseline: Date | null; current: Date | null; actual: Date | null };

/** Baseline vs current vs actual dates, with the slip against the baseline, as a real table. */
export async function ProjectSchedule({ locale, project }: { locale: Locale; project: ProjectPageData }) {
  const t = await getTranslations({ locale, namespace: "project" });
  const date = (value: Date | null) => (value ? <time dateTime={value.toISOString().slice(0, 10)}>{formatDate(locale, value, "short")}</time> : t("none"));
  const slip = (row: Row) => {
    const days = slipInDays(row.baseline, row.actual ?? row.current);
    if (days === null) return t("none");
    return days < 0 ? t("aheadDays", { days: -days }) : t("slipDays", { days });
  };
  const projectRows: Row[] = [
    { key: "start", label: t("start"), baseline: project.baselineStartOn, current: project.plannedStartOn, actual: project.actualStartOn },
    { key: "end", label: t("end"), baseline: project.baselineEndOn, current: project.plannedEndOn, actual: project.actualEndOn },
  ];
  const milestoneRows: Row[] = project.milestones.map((m) => ({
    key: `m${m.id}`,
    label: <LocalizedText value={pickText(locale, m.titleFr, m.titleAr)} />,
    baseline: m.baselineOn,
    current: m.plannedOn,
    actual: m.actualOn,
  }));
  const hasProjectDates = projectRows.some((r) => r.baseline || r.current || r.actual);

  const table = (caption: string, rows: Row[], testId: string) => (
    <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
      <table className="w-full min-w-[36rem] border-collapse text-sm" data-testid={testId}>
        <caption className="mb-2 text-start font-semibold">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-start">
            {[t("what"), t("baseline"), t("current"), t("actual"), t("slip")].map((heading) => (
              <th key={heading} scope="col" className="p-2 text-start">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-slate-200">
              <th scope="row" className="p-2 text-start font-medium">
                {row.label}
              </th>
              <td className="p-2">{date(row.baseline)}</td>
              <td className="p-2">{date(row.current)}</td>
              <td className="p-2">{date(row.actual)}</td>
              <td className="p-2">{slip(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

  return (
    <section aria-labelledby="schedule-title" className="space-y-4">
      <h2 id="schedule-title" className="text-2xl font-semibold text-brand-900">
        {t("datesHeading")}
      </h2>
      {hasProjectDates ? table(t("datesCaption"), projectRows, "project-dates") : <p>{t("noDates")}</p>}
      {milestoneRows.length > 0 ? table(t("milestonesCaption"), milestoneRows, "milestones") : <p>{t("noMilestones")}</p>}
    </section>
  );
}
