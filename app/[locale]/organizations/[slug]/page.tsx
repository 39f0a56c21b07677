import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocalizedText } from "@/components/localized-text";
import { FreshnessLabel } from "@/components/organizations/freshness-label";
import { ProgressBar } from "@/components/projects/progress-bar";
import { FlagshipBadge, StatusBadge } from "@/components/projects/status-badge";
import { ScrollTable, tableClasses as c } from "@/components/scroll-table";
import { findOrganization } from "@/lib/data/organizations";
import { daysSince } from "@/lib/freshness";
import { formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;
// No page is rendered at build time (the build has no database).
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/organizations/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  const [t, organization] = await Promise.all([getTranslations({ locale, namespace: "organizations" }), findOrganization(slug)]);
  if (!organization) return {};
  const name = pickText(locale, organization.nameFr, organization.nameAr).text;
  return pageMetadata({
    locale,
    path: `/organizations/${organization.slug}`,
    title: name,
    description: t("detailDescription", { name, count: organization.projects.length }),
  });
}

export default async function OrganizationPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, organization] = await Promise.all([getTranslations({ locale, namespace: "organizations" }), findOrganization(slug)]);
  if (!organization) notFound();
  const now = new Date();
  const name = pickText(locale, organization.nameFr, organization.nameAr);
  // Projects arrive least recently updated first: the first one is the oldest update.
  const oldest = organization.projects[0];
  const link = "text-brand-800 underline underline-offset-4 hover:decoration-2";

  return (
    <div className="space-y-10">
      <div>
        <Breadcrumb locale={locale} trail={[{ href: "/organizations", label: t("title") }]} current={<LocalizedText value={name} />} />
        <header className="space-y-2">
          <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">{t(`kinds.${organization.kind}`)}</p>
          <h1 className="text-3xl font-bold text-brand-900">
            <LocalizedText value={name} />
            {organization.acronym && " "}
            {organization.acronym && (
              <span className="text-2xl font-semibold text-slate-700" lang="fr">
                ({organization.acronym})
              </span>
            )}
          </h1>
          {organization.websiteUrl && (
            <p>
              <a href={organization.websiteUrl} rel="noopener noreferrer external" className={link} dir="ltr">
                {organization.websiteUrl}
              </a>
            </p>
          )}
        </header>
      </div>

      <section aria-labelledby="freshness-title" className="space-y-3">
        <h2 id="freshness-title" className="text-2xl font-semibold text-brand-900">
          {t("freshnessHeading")}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          <div className="rounded border-s-4 border-brand-700 bg-brand-50 p-4">
            <dt className="text-sm font-medium text-slate-700">{t("projectCount")}</dt>
            <dd className="mt-1 text-3xl font-bold text-brand-900">{formatNumber(locale, organization.projects.length)}</dd>
          </div>
          <div className="rounded border-s-4 border-brand-700 bg-brand-50 p-4" data-oldest-update>
            <dt className="text-sm font-medium text-slate-700">{t("oldestUpdate")}</dt>
            <dd className="mt-1">
              {oldest ? (
                <>
                  <span className="block text-3xl font-bold text-brand-900">{t("daysAgo", { days: daysSince(oldest.updatedAt, now) })}</span>
                  <span className="text-sm">
                    <LocalizedText value={pickText(locale, oldest.titleFr, oldest.titleAr)} />
                  </span>
                </>
              ) : (
                t("noProjectShort")
              )}
            </dd>
          </div>
        </dl>
        <p className="max-w-3xl text-sm text-slate-700">{t("freshnessExplain")}</p>
      </section>

      <section aria-labelledby="projects-title" className="space-y-3">
        <h2 id="projects-title" className="text-2xl font-semibold text-brand-900">
          {t("projectsHeading")}
        </h2>
        {organization.projects.length === 0 ? (
          <p>{t("noProject")}</p>
        ) : (
          <ScrollTable captionId="projects-caption" caption={t("projectsCaption", { name: name.text })}>
              <thead>
                <tr>
                  <th scope="col" className={c.th}>
                    {t("project")}
                  </th>
                  <th scope="col" className={c.th}>
                    {t("status")}
                  </th>
                  <th scope="col" className={c.th}>
                    {t("progress")}
                  </th>
                  <th scope="col" className={c.th}>
                    {t("lastUpdate")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {organization.projects.map((project) => (
                  <tr key={project.slug} data-project={project.slug}>
                    <th scope="row" className={`${c.rowHeader} min-w-48`}>
                      <LocaleLink locale={locale} href={`/projects/${project.slug}`} className={link}>
                        <LocalizedText value={pickText(locale, project.titleFr, project.titleAr)} />
                      </LocaleLink>
                      {project.isFlagship && (
                        <span className="ms-2">
                          <FlagshipBadge locale={locale} />
                        </span>
                      )}
                    </th>
                    <td className={c.td}>
                      <StatusBadge locale={locale} status={project.status} />
                    </td>
                    <td className={`${c.td} min-w-32`}>
                      <ProgressBar locale={locale} value={project.progress} label={t("progress")} />
                    </td>
                    <td className={`${c.td} min-w-40`}>
                      <FreshnessLabel locale={locale} updatedAt={project.updatedAt} now={now} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
        )}
      </section>

      {(organization.members.length > 0 || organization.bodies.length > 0) && (
        <section aria-labelledby="governance-title" className="space-y-3">
          <h2 id="governance-title" className="text-2xl font-semibold text-brand-900">
            {t("governanceHeading")}
          </h2>
          <ul className="list-disc space-y-1 ps-6">
            {organization.bodies.map((body) => (
              <li key={`host-${body.slug}`}>
                {t("hosts")}{" "}
                <LocaleLink locale={locale} href={`/governance/${body.slug}`} className={link}>
                  <LocalizedText value={pickText(locale, body.nameFr, body.nameAr)} />
                </LocaleLink>
              </li>
            ))}
            {organization.members.map((member) => (
              <li key={member.id}>
                <LocalizedText value={pickText(locale, member.roleFr, member.roleAr)} />
                {t("seatIn")}
                <LocaleLink locale={locale} href={`/governance/${member.body.slug}`} className={link}>
                  {member.body.acronym ?? <LocalizedText value={pickText(locale, member.body.nameFr, member.body.nameAr)} />}
                </LocaleLink>
                {member.officeFr && (
                  <>
                    {t("listSeparator")}
                    <LocalizedText value={pickText(locale, member.officeFr, member.officeAr)} />
                  </>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
