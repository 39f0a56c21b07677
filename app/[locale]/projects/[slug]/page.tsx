import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocalizedText } from "@/components/localized-text";
import { ProgressBar } from "@/components/projects/progress-bar";
import { FlagshipBadge, LateBadge, StatusBadge } from "@/components/projects/status-badge";
import { ProjectDiscussions } from "@/components/space/linked-threads";
import { ProjectSurveyRating } from "@/components/surveys/project-survey-rating";
import { findProjectPage } from "@/lib/data/project-page";
import { todayAsDate } from "@/lib/dates";
import { daysSince } from "@/lib/freshness";
import { formatDate, formatDaysAgo, formatMoney, labelSeparator, formatInstant } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { isProjectLate } from "@/lib/late";
import { pageMetadata } from "@/lib/metadata";
import { parseSlug } from "@/lib/route-params";
import { ProjectHistory } from "./_components/history";
import { ProjectSchedule } from "./_components/schedule";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;
// No page is rendered at build time (the build has no database).
export function generateStaticParams() {
  return [];
}

async function load(slug: string) {
  // A malformed slug cannot exist: answer 404 without a query.
  return parseSlug(slug) ? findProjectPage(slug) : null;
}

export async function generateMetadata({ params }: PageProps<"/[locale]/projects/[slug]">): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const project = await load(slug);
  if (!project) return {};
  return pageMetadata({
    locale,
    path: `/projects/${slug}`,
    title: pickText(locale, project.titleFr, project.titleAr).text,
    description: pickText(locale, project.summaryFr, project.summaryAr).text.slice(0, 200),
  });
}

export default async function ProjectPage({ params }: PageProps<"/[locale]/projects/[slug]">) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const project = await load(slug);
  if (!project) notFound();
  const t = await getTranslations({ locale, namespace: "project" });
  const tr = await getTranslations({ locale, namespace: "roadmap" });
  const today = todayAsDate();
  const isLate = isProjectLate(project, today);
  const lastChange = project.changes[0]?.createdAt;
  const lastUpdated = lastChange && lastChange > project.updatedAt ? lastChange : project.updatedAt;
  const title = pickText(locale, project.titleFr, project.titleAr);
  const steering = project.ownerOrganization.bodies[0];
  const sep = labelSeparator(locale);

  return (
    <article className="space-y-8">
      <div>
        <Breadcrumb locale={locale} trail={[{ label: t("roadmap"), href: "/roadmap" }]} current={<LocalizedText value={title} />} />
        <div className="flex flex-wrap items-center gap-2">
          <StatusBadge locale={locale} status={project.status} />
          {isLate && <LateBadge locale={locale} />}
          {project.isFlagship && <FlagshipBadge locale={locale} />}
          <span className="text-sm text-slate-600">{t("code", { code: project.code })}</span>
        </div>
        <h1 className="mt-2 text-3xl font-bold text-brand-900">
          <LocalizedText value={title} />
        </h1>
        <p className="mt-1 text-sm text-slate-600">
          {t("lastUpdated")}
          {sep}
          <time dateTime={lastUpdated.toISOString()}>{formatInstant(locale, lastUpdated)}</time> ({formatDaysAgo(locale, daysSince(lastUpdated, new Date()))})
        </p>
        <LocalizedText as="p" className="mt-4 max-w-3xl text-lg" value={pickText(locale, project.summaryFr, project.summaryAr)} />
      </div>

      <section aria-labelledby="facts-title">
        <h2 id="facts-title" className="sr-only">
          {t("keyFacts")}
        </h2>
        <dl className="grid gap-x-6 gap-y-3 rounded border border-slate-200 p-4 sm:grid-cols-2">
          <div>
            <dt className="text-sm font-medium text-slate-700">{t("progress")}</dt>
            <dd>
              <ProgressBar locale={locale} value={project.progress} label={t("progress")} />
            </dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-700">{t("kind")}</dt>
            <dd>{tr(`kinds.${project.kind}`)}</dd>
          </div>
          <div>
            <dt className="text-sm font-medium text-slate-700">{t("owner")}</dt>
            <dd>
              <Link href={`/organizations/${project.ownerOrganization.slug}`} className="text-brand-800 underline">
                <LocalizedText value={pickText(locale, project.ownerOrganization.nameFr, project.ownerOrganization.nameAr)} />
              </Link>
            </dd>
          </div>
          {steering && (
            <div>
              <dt className="text-sm font-medium text-slate-700">{t("steering")}</dt>
              <dd>
                <Link href={`/governance/${steering.slug}`} className="text-brand-800 underline">
                  <LocalizedText value={pickText(locale, steering.nameFr, steering.nameAr)} />
                </Link>
              </dd>
            </div>
          )}
          {project.axis && (
            <div>
              <dt className="text-sm font-medium text-slate-700">{t("axis")}</dt>
              <dd>
                <LocalizedText value={pickText(locale, project.axis.titleFr, project.axis.titleAr)} />
              </dd>
            </div>
          )}
          {project.channels.length > 0 && (
            <div>
              <dt className="text-sm font-medium text-slate-700">{t("channels")}</dt>
              <dd>{project.channels.map((channel) => t(`channelNames.${channel}`)).join(" · ")}</dd>
            </div>
          )}
          {project.budgetAmount && (
            <div>
              <dt className="text-sm font-medium text-slate-700">{t("budget")}</dt>
              <dd>{formatMoney(locale, Number(project.budgetAmount), project.programme.budgetCurrency)}</dd>
            </div>
          )}
          {project.websiteUrl && (
            <div>
              <dt className="text-sm font-medium text-slate-700">{t("website")}</dt>
              <dd>
                <a href={project.websiteUrl} className="break-all text-brand-800 underline" rel="noopener">
                  {project.websiteUrl}
                </a>
              </dd>
            </div>
          )}
        </dl>
      </section>

      <ProjectSurveyRating locale={locale} projectId={project.id} />
      <ProjectSchedule locale={locale} project={project} />
      <ProjectHistory locale={locale} changes={project.changes} />

      <section aria-labelledby="sessions-title" className="space-y-2">
        <h2 id="sessions-title" className="text-2xl font-semibold text-brand-900">
          {t("sessionsHeading")}
        </h2>
        {project.reviews.length === 0 && project.launches.length === 0 ? (
          <p>{t("noSessions")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6" data-testid="sessions">
            {project.reviews.map((review) => (
              <li key={`r${review.session.number}`}>
                <Link href={`/sessions/${review.session.number}`} className="text-brand-800 underline">
                  {t("sessionItem", { number: review.session.number, date: formatDate(locale, review.session.heldOn) })}
                </Link>
                {(review.noteFr || review.noteAr) && <LocalizedText as="p" className="text-sm" value={pickText(locale, review.noteFr ?? "", review.noteAr)} />}
              </li>
            ))}
            {project.launches.map((launch) => (
              <li key={`l${launch.session.number}`}>
                <Link href={`/sessions/${launch.session.number}`} className="text-brand-800 underline">
                  {t("launchedAt", { number: launch.session.number, date: formatDate(locale, launch.session.heldOn) })}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      {project.news.length > 0 && (
        <section aria-labelledby="news-title" className="space-y-2">
          <h2 id="news-title" className="text-2xl font-semibold text-brand-900">
            {t("newsHeading")}
          </h2>
          <ul className="list-disc space-y-1 ps-6">
            {project.news.map(({ news }) => (
              <li key={news.slug}>
                <Link href={`/news/${news.slug}`} className="text-brand-800 underline">
                  <LocalizedText value={pickText(locale, news.titleFr, news.titleAr)} />
                </Link>{" "}
                <span className="text-sm text-slate-600">({formatInstant(locale, news.publishedAt)})</span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {project.indicators.length > 0 && (
        <section aria-labelledby="indicators-title" className="space-y-2">
          <h2 id="indicators-title" className="text-2xl font-semibold text-brand-900">
            {t("indicatorsHeading")}
          </h2>
          <ul className="list-disc space-y-1 ps-6">
            {project.indicators.map((indicator) => (
              <li key={indicator.slug}>
                <Link href={`/indicators/${indicator.slug}`} className="text-brand-800 underline">
                  <LocalizedText value={pickText(locale, indicator.titleFr, indicator.titleAr)} />
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ProjectDiscussions locale={locale} projectId={project.id} projectSlug={project.slug} />
    </article>
  );
}
