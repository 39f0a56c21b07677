import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { Pagination } from "@/components/pagination";
import { buttonClass, isolate, linkClass } from "@/components/space/format";
import { LockedBadge, RestrictedBadge } from "@/components/space/restricted-badge";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findCategoryPage } from "@/lib/data/space-categories";
import { isAppError } from "@/lib/errors";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { parsePageParam, parseSlug } from "@/lib/route-params";
import { paginationLabels } from "../../_lib/labels";
import { signInHref } from "../../_lib/params";
import { PostTime } from "@/components/space/post-time";

type Props = PageProps<"/[locale]/space/categories/[slug]">;

const load = cache(async function load(slug: string, page: number | null) {
  if (!parseSlug(slug) || page === null) return null;
  try {
    return await findCategoryPage(await getCurrentUser(), slug, page);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return null;
    throw error;
  }
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const data = await load(slug, parsePageParam((await searchParams).page));
  if (!data) return {};
  const feed = data.category.isPublic ? { alternates: { types: { "application/atom+xml": `/${locale}/space/categories/${slug}/feed.xml` } } } : {};
  return { title: pickText(locale, data.category.titleFr, data.category.titleAr).text, ...feed };
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const data = await load(slug, parsePageParam((await searchParams).page));
  if (!data) notFound();
  const [t, user] = await Promise.all([getTranslations({ locale, namespace: "space" }), getCurrentUser()]);
  const { category, threads, page, pageCount } = data;
  const title = pickText(locale, category.titleFr, category.titleAr);
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumb locale={locale} trail={[{ href: "/space", label: t("title") }]} current={<LocalizedText value={title} />} />
        <h1 className="text-3xl font-bold text-brand-900">
          <LocalizedText value={title} />
        </h1>
        {!category.isPublic && (
          <p className="mt-2">
            <RestrictedBadge label={t("restricted")} /> <span className="text-sm text-slate-700">{t("restrictedExplained")}</span>
          </p>
        )}
        {category.descriptionFr && (
          <LocalizedText as="p" className="mt-2 max-w-prose text-lg" value={pickText(locale, category.descriptionFr, category.descriptionAr)} />
        )}
        {category.project && (
          <p className="mt-2">
            {t("aboutProject")}{" "}
            <LocaleLink locale={locale} href={`/projects/${category.project.slug}`} className={linkClass}>
              <LocalizedText value={pickText(locale, category.project.titleFr, category.project.titleAr)} />
            </LocaleLink>
          </p>
        )}
        {category.session && (
          <p className="mt-2">
            <LocaleLink locale={locale} href={`/sessions/${category.session.number}`} className={linkClass}>
              {t("aboutSession", { number: category.session.number })}
            </LocaleLink>
          </p>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-4">
        {user ? (
          <LocaleLink locale={locale} href={`/space/categories/${category.slug}/new`} className={buttonClass}>
            {t("newThread")}
          </LocaleLink>
        ) : (
          <a href={signInHref(locale, `/space/categories/${category.slug}`)} className={linkClass}>
            {t("signInToPost")}
          </a>
        )}
        {category.isPublic && (
          <a href={`/${locale}/space/categories/${category.slug}/feed.xml`} className={linkClass}>
            {t("feedLink")}
          </a>
        )}
      </div>
      <section aria-labelledby="threads-title" className="space-y-3">
        <h2 id="threads-title" className="text-2xl font-semibold text-brand-900">
          {t("threads")}
        </h2>
        {threads.length === 0 ? (
          <p>{t("noThreads")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 border-y border-slate-200" data-testid="threads">
            {threads.map((thread) => (
              <li key={thread.id} className="space-y-1 py-3">
                <p className="flex flex-wrap items-center gap-2">
                  <LocaleLink locale={locale} href={`/space/threads/${thread.id}`} className={`${linkClass} text-lg font-semibold`}>
                    <bdi>{thread.title}</bdi>
                  </LocaleLink>
                  {thread.isLocked && <LockedBadge label={t("locked")} />}
                </p>
                <p className="text-sm text-slate-700">
                  {t("threadMeta", { author: isolate(thread.author.name), count: thread.postCount })} · {t("lastActivity")}{" "}
                  <PostTime locale={locale} value={thread.lastPostAt} />
                  {thread.project && (
                    <>
                      {" · "}
                      <LocalizedText value={pickText(locale, thread.project.titleFr, thread.project.titleAr)} />
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          page={page}
          pageCount={pageCount}
          hrefFor={(target) => `/${locale}/space/categories/${category.slug}${target > 1 ? `?page=${target}` : ""}`}
          labels={paginationLabels(t)}
        />
      </section>
    </div>
  );
}
