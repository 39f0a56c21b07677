import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import type { Locale } from "@/lib/i18n/routing";
import { toSearchParams, type RoadmapFilters } from "@/lib/validation/roadmap";

/** The roadmap's page links, keeping every filter of the current view. */
export async function RoadmapPagination({ locale, filters, pageCount, basePath }: { locale: Locale; filters: RoadmapFilters; pageCount: number; basePath: string }) {
  const t = await getTranslations({ locale, namespace: "roadmap" });
  const hrefFor = (page: number) => {
    const query = toSearchParams(filters, { page }).toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <Pagination
      page={filters.page}
      pageCount={pageCount}
      hrefFor={hrefFor}
      labels={{ nav: t("pagination"), previous: t("previous"), next: t("next"), page: (page) => t("pageLink", { page }) }}
    />
  );
}
