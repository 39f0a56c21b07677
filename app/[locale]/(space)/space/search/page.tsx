import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { Pagination } from "@/components/pagination";
import { isolate, linkClass } from "@/components/space/format";
import { SearchForm } from "@/components/space/search-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { SEARCH_PAGE_SIZE, searchSpace } from "@/lib/data/space-search";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { markdownExcerpt } from "@/lib/markdown";
import { parsePageParam } from "@/lib/route-params";
import { parseSearchQuery } from "@/lib/validation/space";
import { paginationLabels } from "../_lib/labels";
import { PostTime } from "@/components/space/post-time";

export async function generateMetadata({ params }: PageProps<"/[locale]/space/search">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("search.title"), robots: { index: false } };
}

export default async function SpaceSearchPage({ params, searchParams }: PageProps<"/[locale]/space/search">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const q = parseSearchQuery(query.q);
  const page = parsePageParam(query.page);
  if (page === null) notFound();
  const [t, user] = await Promise.all([getTranslations({ locale, namespace: "space" }), getCurrentUser()]);
  const { total, hits } = await searchSpace(user, q, page);
  const pageCount = Math.max(1, Math.ceil(total / SEARCH_PAGE_SIZE));
  return (
    <div className="space-y-6">
      <Breadcrumb locale={locale} trail={[{ href: "/space", label: t("title") }]} current={t("search.title")} />
      <h1 className="text-3xl font-bold text-brand-900">{t("search.title")}</h1>
      <SearchForm locale={locale} query={q} label={t("search.label")} button={t("search.submit")} />
      <p className="text-sm text-slate-700">{user && user.role !== "STAKEHOLDER" ? t("search.scopeStaff") : t("search.scopePublic")}</p>
      {q !== "" && (
        <section aria-labelledby="results-title" className="space-y-3">
          <h2 id="results-title" className="text-2xl font-semibold text-brand-900">
            {t("search.results", { count: total, q: isolate(q) })}
          </h2>
          {hits.length > 0 && (
            <ol className="divide-y divide-slate-200 border-y border-slate-200" data-testid="search-results">
              {hits.map((hit) => (
                <li key={hit.postId} className="space-y-1 py-3">
                  <p>
                    <LocaleLink locale={locale} href={`/space/posts/${hit.postId}`} className={`${linkClass} font-semibold`}>
                      <bdi>{hit.threadTitle}</bdi>
                    </LocaleLink>
                  </p>
                  <p dir="auto" className="text-slate-800">
                    {markdownExcerpt(hit.body, 240)}
                  </p>
                  <p className="text-sm text-slate-700">
                    <bdi>{hit.authorName}</bdi> · <PostTime locale={locale} value={hit.createdAt} /> ·{" "}
                    <LocalizedText value={pickText(locale, hit.categoryTitleFr, hit.categoryTitleAr)} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          <Pagination
            page={Math.min(page, pageCount)}
            pageCount={pageCount}
            hrefFor={(target) => `/${locale}/space/search?q=${encodeURIComponent(q)}${target > 1 ? `&page=${target}` : ""}`}
            labels={paginationLabels(t)}
          />
        </section>
      )}
    </div>
  );
}
