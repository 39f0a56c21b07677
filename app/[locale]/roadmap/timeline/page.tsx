import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { findProjects } from "@/lib/data/projects";
import { todayAsDate } from "@/lib/dates";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { layoutTimeline, type Bar } from "@/lib/timeline";
import { parseRoadmapFilters, toSearchParams } from "@/lib/validation/roadmap";
import { RoadmapPagination } from "../_components/pagination";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

function Mark({ bar, kind }: { bar: Bar; kind: "planned" | "actual" }) {
  if (bar.isPoint) {
    return (
      <span
        className={`absolute top-1/2 size-3 -translate-y-1/2 rotate-45 ${kind === "planned" ? "bg-brand-100 ring-1 ring-brand-700" : "bg-brand-800"}`}
        style={{ insetInlineStart: `calc(${bar.offset}% - 0.375rem)` }}
      />
    );
  }
  const shape = kind === "planned" ? "inset-y-0.5 bg-brand-100 ring-1 ring-brand-700" : "inset-y-1.5 bg-brand-800";
  return <span className={`absolute rounded-sm ${shape}`} style={{ insetInlineStart: `${bar.offset}%`, width: `${bar.length}%` }} />;
}

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
  const today = todayAsDate();
  const [t, tr, result] = await Promise.all([
    getTranslations({ locale, namespace: "roadmap.timeline" }),
    getTranslations({ locale, namespace: "roadmap" }),
    findProjects(filters, locale, today, "replica"), // rendered per request (connection()): may read a replica
  ]);
  const timeline = layoutTimeline(result.items, today);
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
        <figure className="space-y-3" aria-describedby="timeline-note">
          <p id="timeline-note" className="sr-only">
            {t("chartNote")}
          </p>
          <div className="flex flex-wrap gap-4 text-sm" aria-hidden="true">
            <span className="flex items-center gap-2">
              <span className="inline-block h-3 w-6 rounded-sm bg-brand-100 ring-1 ring-brand-700" /> {t("legendPlanned")}
            </span>
            <span className="flex items-center gap-2">
              <span className="inline-block h-3 w-6 rounded-sm bg-brand-800" /> {t("legendActual")}
            </span>
            <span className="flex items-center gap-2">
              <span className="inline-block size-3 rotate-45 bg-brand-700" /> {t("legendPoint")}
            </span>
          </div>
          {/* Drawn with logical insets, so the axis runs right-to-left in Arabic; the table
              below holds the same dates for screen readers, hence aria-hidden here. */}
          <div aria-hidden="true" className="space-y-1">
            <div className="grid grid-cols-[minmax(8rem,14rem)_1fr] gap-3 text-xs text-slate-700">
              <span />
              <div className="relative h-4">
                {timeline.years.map((year) => (
                  <span key={year.year} className="absolute -translate-x-1/2 rtl:translate-x-1/2" style={{ insetInlineStart: `${year.offset}%` }}>
                    {formatNumber(locale, year.year, { useGrouping: false })}
                  </span>
                ))}
              </div>
            </div>
            {dated.map(({ item, row }) => (
              <div key={item.slug} className="grid grid-cols-[minmax(8rem,14rem)_1fr] items-center gap-3 text-sm">
                <span className="truncate">
                  <LocalizedText value={pickText(locale, item.titleFr, item.titleAr)} />
                </span>
                <div className="relative h-5 rounded bg-slate-50">
                  {timeline.years.map((year) => (
                    <span key={year.year} className="absolute inset-y-0 w-px bg-slate-300" style={{ insetInlineStart: `${year.offset}%` }} />
                  ))}
                  {row.planned && <Mark bar={row.planned} kind="planned" />}
                  {row.actual && <Mark bar={row.actual} kind="actual" />}
                </div>
              </div>
            ))}
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
      <RoadmapPagination locale={locale} filters={filters} pageCount={result.pageCount} basePath={`/${locale}/roadmap/timeline`} />
    </div>
  );
}
