import { getTranslations } from "next-intl/server";
import type { ProjectFigures } from "@/lib/data/programme";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";

type Props = {
  locale: Locale;
  figures: ProjectFigures;
  programme: { targetProjects: number; targetFlagships: number; budgetAmount: { toString(): string } | null; budgetCurrency: string };
};

/** The programme's headline figures, computed from the projects table (a description list). */
export async function HeadlineFigures({ locale, figures, programme }: Props) {
  const t = await getTranslations({ locale, namespace: "home" });
  const share = figures.total === 0 ? 0 : figures.operational / figures.total;
  const items: Array<{ id: string; label: string; value: string; detail?: string }> = [
    {
      id: "projects",
      label: t("projectsTracked"),
      value: formatNumber(locale, figures.total),
      detail: t("ofTarget", { target: formatNumber(locale, programme.targetProjects) }),
    },
    {
      id: "flagships",
      label: t("flagships"),
      value: formatNumber(locale, figures.flagships),
      detail: t("ofTarget", { target: formatNumber(locale, programme.targetFlagships) }),
    },
    {
      id: "operational",
      label: t("operationalShare"),
      value: formatPercent(locale, share),
      detail: t("operationalCount", { count: figures.operational }),
    },
    ...(programme.budgetAmount
      ? [{ id: "budget", label: t("budget"), value: formatMoney(locale, Number(programme.budgetAmount.toString()), programme.budgetCurrency) }]
      : []),
    { id: "late", label: t("late"), value: formatNumber(locale, figures.late), detail: t("lateExplain") },
  ];
  return (
    <section aria-labelledby="figures-title">
      <h2 id="figures-title" className="mb-3 text-xl font-semibold text-brand-900">
        {t("figuresHeading")}
      </h2>
      <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-5">
        {items.map((item) => (
          <div key={item.id} data-figure={item.id} className="rounded border-s-4 border-brand-700 bg-brand-50 p-4">
            <dt className="text-sm font-medium text-slate-700">{item.label}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-900">{item.value}</dd>
            {item.detail && <dd className="mt-1 text-sm text-slate-700">{item.detail}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}
