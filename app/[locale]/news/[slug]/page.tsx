import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocalizedText } from "@/components/localized-text";
import { NewsKindBadge } from "@/components/news/news-kind-badge";
import { StatusBadge } from "@/components/projects/status-badge";
import { SourceCitation } from "@/components/source-citation";
import { findPublishedNewsItem } from "@/lib/data/news";
import { formatDate, formatInstant } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { splitParagraphs } from "@/lib/paragraphs";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;
// No page is rendered at build time (the build has no database).
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/news/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  const item = await findPublishedNewsItem(slug);
  if (!item) return {};
  return pageMetadata({
    locale,
    path: `/news/${item.slug}`,
    title: pickText(locale, item.titleFr, item.titleAr).text,
    description: pickText(locale, item.summaryFr, item.summaryAr).text,
  });
}

const h2 = "text-xl font-semibold text-brand-900";
const link = "text-brand-800 underline underline-offset-4 hover:decoration-2";

export default async function NewsItemPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, item] = await Promise.all([getTranslations({ locale, namespace: "news" }), findPublishedNewsItem(slug)]);
  if (!item) notFound();
  const title = pickText(locale, item.titleFr, item.titleAr);
  const body = pickText(locale, item.bodyFr, item.bodyAr);
  const isPressReview = item.kind === "PRESS_REVIEW";

  return (
    <div className="space-y-8">
      <Breadcrumb locale={locale} trail={[{ href: "/news", label: t("title") }]} current={<LocalizedText value={title} />} />
      <article className="space-y-6">
        <header className="space-y-3">
          <h1 className="text-3xl font-bold text-brand-900">
            <LocalizedText value={title} />
          </h1>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-slate-700">
            <span>
              {t("publishedOn")} <time dateTime={item.publishedAt.toISOString()}>{formatInstant(locale, item.publishedAt)}</time>
            </span>
            <NewsKindBadge locale={locale} kind={item.kind} />
          </p>
          <LocalizedText as="p" className="max-w-3xl text-lg font-medium" value={pickText(locale, item.summaryFr, item.summaryAr)} />
        </header>
        {/* Plain text rendered as text: React escapes it, so stored markup can never run. */}
        <div className="max-w-3xl space-y-4 leading-relaxed" data-testid="news-body" {...(body.isFallback ? { lang: body.lang, dir: "ltr" } : {})}>
          {splitParagraphs(body.text).map((paragraph, index) => (
            <p key={index} className="whitespace-pre-line">
              {paragraph}
            </p>
          ))}
        </div>
        {item.source && (
          <section aria-labelledby="source-title" className="max-w-3xl space-y-1 rounded border-s-4 border-violet-300 bg-slate-50 p-4" data-testid="news-source">
            <h2 id="source-title" className="text-lg font-semibold text-brand-900">
              {isPressReview ? t("pressSourceHeading") : t("sourceHeading")}
            </h2>
            {isPressReview && <p className="text-sm text-slate-700">{t("pressReviewNote")}</p>}
            <SourceCitation locale={locale} source={item.source} hasLabel={false} />
          </section>
        )}
      </article>

      {item.session && (
        <section aria-labelledby="session-title" className="space-y-2">
          <h2 id="session-title" className={h2}>
            {t("sessionHeading")}
          </h2>
          <p>
            <LocaleLink locale={locale} href={`/sessions/${item.session.number}`} className={link}>
              {t("sessionLink", { number: item.session.number, body: item.session.body.acronym ?? item.session.body.nameFr })}
            </LocaleLink>
            {" · "}
            <time dateTime={item.session.heldOn.toISOString().slice(0, 10)}>{formatDate(locale, item.session.heldOn)}</time>
          </p>
        </section>
      )}

      {item.projects.length > 0 && (
        <section aria-labelledby="projects-title" className="space-y-2">
          <h2 id="projects-title" className={h2}>
            {t("projectsHeading")}
          </h2>
          <ul className="space-y-2">
            {item.projects.map(({ project }) => (
              <li key={project.slug} className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <LocaleLink locale={locale} href={`/projects/${project.slug}`} className={link}>
                  <LocalizedText value={pickText(locale, project.titleFr, project.titleAr)} />
                </LocaleLink>
                <StatusBadge locale={locale} status={project.status} />
              </li>
            ))}
          </ul>
        </section>
      )}

      <p>
        <LocaleLink locale={locale} href="/news" className={link}>
          {t("backToList")}
        </LocaleLink>
      </p>
    </div>
  );
}
