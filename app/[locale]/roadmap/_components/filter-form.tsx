import { getTranslations } from "next-intl/server";
import { ProjectKind, ProjectStatus } from "@/lib/generated/prisma/enums";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { PAGE_SIZES, sortKeys, type RoadmapFilters } from "@/lib/validation/roadmap";

type Options = {
  organizations: Array<{
    slug: string;
    nameFr: string;
    nameAr: string | null;
    acronym: string | null;
  }>;
  axes: Array<{ slug: string; titleFr: string; titleAr: string | null }>;
};

function hasActiveFilter(filters: RoadmapFilters): boolean {
  return (
    filters.statuses.length > 0 ||
    !!filters.organization ||
    !!filters.axis ||
    !!filters.kind ||
    filters.isFlagship ||
    filters.isLate ||
    filters.sort !== (filters.q ? "relevance" : "title") ||
    filters.perPage !== PAGE_SIZES[0]
  );
}

const fieldClass = "mt-1 block w-full rounded border border-slate-500 bg-white px-3 py-2 text-base";

/** A plain GET form: the filter state lives in the URL and works without JavaScript. */
export async function FilterForm({ locale, filters, options, action }: { locale: Locale; filters: RoadmapFilters; options: Options; action: string }) {
  const t = await getTranslations({ locale, namespace: "roadmap" });
  const ts = await getTranslations({ locale, namespace: "status" });
  return (
    <form method="get" action={action} role="search" aria-labelledby="filters-title" className="space-y-4 rounded border border-slate-200 bg-slate-50 p-4">
      <h2 id="filters-title" className="text-lg font-semibold text-brand-900">
        {t("filtersHeading")}
      </h2>
      <div>
        <label htmlFor="q" className="font-medium">
          {t("search")}
        </label>
        <p id="q-hint" className="text-sm text-slate-600">
          {t("searchHint")}
        </p>
        <input id="q" name="q" type="search" defaultValue={filters.q} maxLength={200} aria-describedby="q-hint" className={fieldClass} />
      </div>
      {/* Closed on arrival so the results come first on a phone; open while a filter is set. */}
      <details open={hasActiveFilter(filters)} className="space-y-4">
        <summary className="cursor-pointer font-medium text-brand-800 underline">{t("moreFilters")}</summary>
        <fieldset>
          <legend className="font-medium">{t("status")}</legend>
          <div className="mt-1 grid grid-cols-2 gap-1">
            {Object.values(ProjectStatus).map((status) => (
              <label key={status} className="flex items-center gap-2">
                <input type="checkbox" name="status" value={status} defaultChecked={filters.statuses.includes(status)} className="size-5" />
                {ts(status)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-1">
          <div>
            <label htmlFor="org" className="font-medium">
              {t("organization")}
            </label>
            <select id="org" name="org" defaultValue={filters.organization ?? ""} className={fieldClass}>
              <option value="">{t("allOrganizations")}</option>
              {options.organizations.map((org) => (
                <option key={org.slug} value={org.slug}>
                  {pickText(locale, org.nameFr, org.nameAr).text}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="axis" className="font-medium">
              {t("axis")}
            </label>
            <select id="axis" name="axis" defaultValue={filters.axis ?? ""} className={fieldClass}>
              <option value="">{t("allAxes")}</option>
              {options.axes.map((axis) => (
                <option key={axis.slug} value={axis.slug}>
                  {pickText(locale, axis.titleFr, axis.titleAr).text}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="kind" className="font-medium">
              {t("kind")}
            </label>
            <select id="kind" name="kind" defaultValue={filters.kind ?? ""} className={fieldClass}>
              <option value="">{t("allKinds")}</option>
              {Object.values(ProjectKind).map((kind) => (
                <option key={kind} value={kind}>
                  {t(`kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="space-y-1">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="flagship" value="1" defaultChecked={filters.isFlagship} className="size-5" />
            {t("flagshipOnly")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="late" value="1" defaultChecked={filters.isLate} className="size-5" />
            {t("lateOnly")}
          </label>
        </div>
        <div className="grid grid-cols-2 gap-4">
          <div className="col-span-2">
            <label htmlFor="sort" className="font-medium">
              {t("sort")}
            </label>
            <select id="sort" name="sort" defaultValue={filters.sort} className={fieldClass}>
              {sortKeys.map((key) => (
                <option key={key} value={key}>
                  {t(`sortOptions.${key}`)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="dir" className="font-medium">
              {t("direction")}
            </label>
            <select id="dir" name="dir" defaultValue={filters.direction} className={fieldClass}>
              <option value="asc">{t("asc")}</option>
              <option value="desc">{t("desc")}</option>
            </select>
          </div>
          <div>
            <label htmlFor="perPage" className="font-medium">
              {t("perPage")}
            </label>
            <select id="perPage" name="perPage" defaultValue={String(filters.perPage)} className={fieldClass}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          </div>
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
          {t("apply")}
        </button>
        <a href={action} className="text-brand-800 underline">
          {t("reset")}
        </a>
      </div>
    </form>
  );
}
