import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { findProjects } from "@/lib/data/projects";
import { startOfTodayUtc } from "@/lib/dates";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { layoutTimeline } from "@/lib/timeline";
import { parseRoadmapFilters, toSearchParams } from "@/lib/validation/roadmap";
import { Pagination } from "../_components/pagination";

const WIDTH = 640;
const ROW = 22;

export async function generateMetadata({ params }: PageProps<"/[locale]/roadmap/timeline">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "roadmap.timeline" });
  return pageMetadata({ locale, path: "/roadmap/timeline", title: t("title"), description: t("description") });
}

export default async function TimelinePage({ params, searchParams }: PageProps<"/[locale]/roadmap/timeline">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await connection();
  const { filters } = parseRoadmapFilters(await searchParams);
  const today = startOfTodayUtc();
  const [t, tr, result] = await Promise.all([
    getTranslations({ locale, namespace: "roadmap.timeline" }),
    getTranslations({ locale, namespace: "roadmap" }),
    findProjects(filters, locale, today),
  ]);
  const timeline = layoutTimeline(result.items, WIDTH, today, locale === "ar");
  const dated = timeline ? result.items.map((item, i) => ({ item, row: timeline.rows[i]! })).filter(({ row }) => row.planned || row.actual) : [];
  const query = toSearchParams(filters, { page: 1 }).toString();
  const date = (value: Date | null) => (value ? formatDate(locale, value, "short") : "—");

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
        <p>
          <a href={`/${locale}/roadmap${query ? `?${query}` : ""}`} className="text-brand-800 underline">
            {tr("listLink")}
          </a>
        </p>
      </header>

      {timeline && dated.length > 0 ? (
        <figure className="space-y-2">
          <div className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
            <span className="flex items-center gap-2">
              <span className="inline-block h-3 w-6 rounded-sm bg-brand-100 ring-1 ring-brand-700" /> {t("legendPlanned")}
            </span>
            <span className="flex items-center gap-2">
              <span className="inline-block h-3 w-6 rounded-sm bg-brand-800" /> {t("legendActual")}
            </span>
          </div>
          <div className="overflow-x-auto">
            {/* The chart repeats the table below it; screen readers get the table, not the drawing. */}
            <svg
              viewBox={`0 0 ${WIDTH} ${dated.length * ROW + 24}`}
              className="min-w-[40rem]"
              role="img"
              aria-label={t("chartLabel", { start: String(timeline.start.getUTCFullYear()), end: String(timeline.end.getUTCFullYear()) })}
            >
              {timeline.years.map((year) => (
                <g key={year.year}>
                  <line x1={year.x} x2={year.x} y1={0} y2={dated.length * ROW} className="stroke-slate-300" />
                  <text x={Math.min(Math.max(year.x, 16), WIDTH - 16)} y={dated.length * ROW + 16} textAnchor="middle" className="fill-slate-700 text-[11px]">
                    {formatNumber(locale, year.year, { useGrouping: false })}
                  </text>
                </g>
              ))}
              {dated.map(({ item, row }, i) => (
                <g key={item.slug}>
                  {row.planned && <rect x={row.planned.x} y={i * ROW + 3} width={row.planned.width} height={ROW - 6} rx={2} className="fill-brand-100 stroke-brand-700" />}
                  {row.actual && <rect x={row.actual.x} y={i * ROW + 7} width={row.actual.width} height={ROW - 14} rx={1} className="fill-brand-800" />}
                </g>
              ))}
            </svg>
          </div>
        </figure>
      ) : (
        <p>{t("noDates")}</p>
      )}

      <div className="overflow-x-auto" role="region" aria-label={t("tableCaption")} tabIndex={0}>
        <table className="w-full min-w-[40rem] border-collapse text-sm">
          <caption className="mb-2 text-start font-semibold">{t("tableCaption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-300">
              {[t("project"), t("plannedStart"), t("plannedEnd"), t("actualStart"), t("actualEnd")].map((heading) => (
                <th key={heading} scope="col" className="p-2 text-start">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {result.items.map((item) => (
              <tr key={item.slug} className="border-b border-slate-200">
                <th scope="row" className="p-2 text-start font-medium">
                  <Link href={`/projects/${item.slug}`} className="text-brand-800 underline">
                    <LocalizedText value={pickText(locale, item.titleFr, item.titleAr)} />
                  </Link>
                </th>
                <td className="p-2">{date(item.plannedStartOn)}</td>
                <td className="p-2">{date(item.plannedEndOn)}</td>
                <td className="p-2">{date(item.actualStartOn)}</td>
                <td className="p-2">{date(item.actualEndOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination locale={locale} filters={filters} pageCount={result.pageCount} basePath={`/${locale}/roadmap/timeline`} />
    </div>
  );
}
