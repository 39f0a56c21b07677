import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { pageWindow } from "@/lib/pagination";
import { toSearchParams, type RoadmapFilters } from "@/lib/validation/roadmap";

export async function Pagination({ locale, filters, pageCount, basePath }: { locale: Locale; filters: RoadmapFilters; pageCount: number; basePath: string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: "roadmap" });
  const href = (page: number) => {
    const query = toSearchParams(filters, { page }).toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  const linkClass = "inline-block min-w-10 rounded border border-slate-300 px-3 py-2 text-center hover:bg-brand-50";
  return (
    <nav aria-label={t("pagination")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {filters.page > 1 && (
          <li>
            <a href={href(filters.page - 1)} rel="prev" className={linkClass}>
              {t("previous")}
            </a>
          </li>
        )}
        {pageWindow(filters.page, pageCount).map((item, i) =>
          item === "gap" ? (
            <li key={`gap-${i}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <a
                href={href(item)}
                aria-label={t("pageLink", { page: item })}
                aria-current={item === filters.page ? "page" : undefined}
                className={`${linkClass} ${item === filters.page ? "bg-brand-700 text-white hover:bg-brand-800" : ""}`}
              >
                {item}
              </a>
            </li>
          ),
        )}
        {filters.page < pageCount && (
          <li>
            <a href={href(filters.page + 1)} rel="next" className={linkClass}>
              {t("next")}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
