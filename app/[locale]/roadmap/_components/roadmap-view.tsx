import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProjectCard } from "@/components/projects/project-card";
import { findProjects, findRoadmapFilterOptions, type ReadSource } from "@/lib/data/projects";
import type { Locale } from "@/lib/i18n/routing";
import { todayAsDate } from "@/lib/dates";
import { projectsQueryString } from "@/lib/open-data/projects-query";
import { parseRoadmapFilters, toSearchParams } from "@/lib/validation/roadmap";
import { FilterForm } from "./filter-form";
import { RoadmapPagination } from "./pagination";

/**
 * The roadmap for a query string: the page (any filters, rendered per request, so it may read
 * a replica) and the cached default view (no filters, app/[locale]/roadmap/all, which must
 * read the primary) both render this.
 */
export async function RoadmapView({ locale, searchParams, readFrom }: { locale: Locale; searchParams: Record<string, string | string[] | undefined>; readFrom: ReadSource }) {
  const { filters, ignored } = parseRoadmapFilters(searchParams);
  const [t, result, options] = await Promise.all([
    getTranslations({ locale, namespace: "roadmap" }),
    findProjects(filters, locale, todayAsDate(), readFrom),
    findRoadmapFilterOptions(),
  ]);
  // Past the last page there is nothing to show: a 404, like the news list.
  if (filters.page > result.pageCount) notFound();
  const basePath = `/${locale}/roadmap`;
  const query = toSearchParams(filters, { page: 1 }).toString();
  // The CSV sorts by title in the page's language, like the list.
  const csvQuery = projectsQueryString(filters, locale, { page: 1 });

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl">{t("intro")}</p>
        <p className="flex flex-wrap gap-4">
          <a href={`/${locale}/roadmap/timeline${query ? `?${query}` : ""}`} className="text-brand-800 underline">
            {t("timelineLink")}
          </a>
          <a href={`/api/v1/projects.csv${csvQuery}`} className="text-brand-800 underline" data-testid="csv-link">
            {t("downloadCsv")}
          </a>
        </p>
      </header>
      <div className="grid gap-8 lg:grid-cols-[20rem_1fr]">
        <FilterForm locale={locale} filters={filters} options={options} action={basePath} />
        <section aria-labelledby="results-title" className="min-w-0">
          <h2 id="results-title" className="text-xl font-semibold" data-testid="result-count">
            {t("results", { count: result.total })}
            {filters.q && <> {t("resultsFor", { q: filters.q })}</>}
            {result.pageCount > 1 && <span className="font-normal text-slate-600"> · {t("pageOf", { page: filters.page, pageCount: result.pageCount })}</span>}
          </h2>
          {ignored.length > 0 && (
            <p role="status" className="mt-2 rounded border border-amber-400 bg-amber-50 p-3 text-amber-950">
              {t("ignored", { names: ignored.join(", ") })}
            </p>
          )}
          {result.items.length === 0 ? (
            <p className="mt-4">{t("noResults")}</p>
          ) : (
            <ul className="mt-4 space-y-4">
              {result.items.map((project) => (
                <li key={project.slug}>
                  <ProjectCard locale={locale} project={project} />
                </li>
              ))}
            </ul>
          )}
          <RoadmapPagination locale={locale} filters={filters} pageCount={result.pageCount} basePath={basePath} />
        </section>
      </div>
    </div>
  );
}
