import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { NewsKindBadge } from "@/components/news/news-kind-badge";
import { PageLinks } from "@/components/news/page-links";
import { findNewsPage } from "@/lib/data/news";
import { formatInstant } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { parsePageParam } from "@/lib/route-params";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

const PER_PAGE = 10;

type Props = PageProps<"/[locale]/news">;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const page = parsePageParam((await searchParams).page) ?? 1;
  const t = await getTranslations({ locale, namespace: "news" });
  const title = page > 1 ? `${t("title")} · ${t("pageOf", { page })}` : t("title");
  return pageMetadata({ locale, path: page > 1 ? `/news?page=${page}` : "/news", title, description: t("description") });
}

export default async function NewsPage({ params, searchParams }: Props) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await connection();
  const page = parsePageParam((await searchParams).page);
  if (page === null) notFound();
  const [t, result] = await Promise.all([getTranslations({ locale, namespace: "news" }), findNewsPage(page, PER_PAGE)]);
  // Past the last page there is nothing to show: a 404 rather than an empty list.
  if (page > result.pageCount) notFound();

  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
        {result.pageCount > 1 && <p className="text-slate-700">{t("pageOfCount", { page, pageCount: result.pageCount })}</p>}
      </header>
      {result.items.length === 0 ? (
        <p>{t("noNews")}</p>
      ) : (
        <ol className="space-y-6" data-testid="news-list">
          {result.items.map((item) => (
            <li key={item.slug}>
              <article className="rounded border border-slate-200 p-4" data-news={item.slug}>
                <h2 className="text-xl font-semibold">
                  <LocaleLink locale={locale} href={`/news/${item.slug}`} className="text-brand-800 underline underline-offset-4 hover:decoration-2">
                    <LocalizedText value={pickText(locale, item.titleFr, item.titleAr)} />
                  </LocaleLink>
                </h2>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
                  <time dateTime={item.publishedAt.toISOString()}>{formatInstant(locale, item.publishedAt)}</time>
                  <NewsKindBadge locale={locale} kind={item.kind} />
                  {item.kind === "PRESS_REVIEW" && item.source?.publisher && (
                    <span>
                      {t("publisher")}{" "}
                      <span lang="fr" dir="ltr">
                        {item.source.publisher}
                      </span>
                    </span>
                  )}
                </p>
                <LocalizedText as="p" className="mt-2" value={pickText(locale, item.summaryFr, item.summaryAr)} />
              </article>
            </li>
          ))}
        </ol>
      )}
      <PageLinks locale={locale} page={page} pageCount={result.pageCount} basePath="/news" />
    </div>
  );
}
