// The query string of /api/v1/projects and /api/v1/projects.csv: the roadmap's filters
// (parsed by lib/validation/roadmap, the page's own parser) plus `lang`, the language
// whose titles order the results when sorting by title.
import { todayAsDate } from "../dates";
import { isLocale, type Locale } from "../i18n/routing";
import { PAGE_SIZES, parseRoadmapFilters, toSearchParams, type RoadmapFilters } from "../validation/roadmap";

/** Every parameter the roadmap reads (lib/validation/roadmap.ts), and `lang`. */
export const PROJECT_QUERY_PARAMETERS = ["q", "status", "org", "axis", "kind", "flagship", "late", "sort", "dir", "page", "perPage", "lang"] as const;

export type ProjectsQuery = { filters: RoadmapFilters; locale: Locale; ignored: string[] };

/**
 * Malformed values and unknown parameters are ignored and named in `ignored`, so a
 * client learns about a typo (`stauts=`) instead of silently getting every project.
 */
export function parseProjectsQuery(params: URLSearchParams): ProjectsQuery {
  const { filters, ignored } = parseRoadmapFilters(params);
  const known = new Set<string>(PROJECT_QUERY_PARAMETERS);
  const unknown = [...new Set(params.keys())].filter((key) => !known.has(key));
  const lang = params.get("lang")?.trim();
  const isLangValid = !lang || isLocale(lang);
  return {
    filters,
    locale: lang && isLocale(lang) ? lang : "fr",
    ignored: [...new Set([...ignored, ...(isLangValid ? [] : ["lang"]), ...unknown])],
  };
}

/** The canonical query string of a state: the roadmap's, plus lang when not French. */
export function projectsQueryString(filters: RoadmapFilters, locale: Locale, overrides: Partial<RoadmapFilters> = {}): string {
  const params = toSearchParams(filters, overrides);
  if (locale !== "fr") params.set("lang", locale);
  const text = params.toString();
  return text ? `?${text}` : "";
}

export type ProjectsLinks = { self: string; next: string | null; prev: string | null; csv: string };

export function projectsLinks(baseUrl: string, filters: RoadmapFilters, locale: Locale, pageCount: number): ProjectsLinks {
  const json = `${baseUrl}/api/v1/projects`;
  const page = filters.page;
  return {
    self: json + projectsQueryString(filters, locale),
    next: page < pageCount ? json + projectsQueryString(filters, locale, { page: page + 1 }) : null,
    // Past the end, "prev" leads back to the last page that has rows.
    prev: page > 1 ? json + projectsQueryString(filters, locale, { page: Math.min(page - 1, pageCount) }) : null,
    // Every matching row, in the same order: page and page size do not apply to the CSV.
    csv: `${baseUrl}/api/v1/projects.csv` + projectsQueryString(filters, locale, { page: 1, perPage: PAGE_SIZES[0] }),
  };
}

/** The CSV's file name, dated in Morocco's time zone (where the programme runs): egov-projects-2013-06-07.csv */
export function csvFileName(now: Date): string {
  return `egov-projects-${todayAsDate(now).toISOString().slice(0, 10)}.csv`;
}
