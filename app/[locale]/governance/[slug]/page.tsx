import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { FiguresTable } from "@/components/governance/figures-table";
import { MembersTable } from "@/components/governance/members-table";
import { LocalizedText } from "@/components/localized-text";
import { SourceCitation } from "@/components/source-citation";
import { findGovernanceBody } from "@/lib/data/governance";
import { tierOf } from "@/lib/governance-tiers";
import { formatDate } from "@/lib/i18n/format";
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

type Props = PageProps<"/[locale]/governance/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  const body = await findGovernanceBody(slug);
  if (!body) return {};
  const name = pickText(locale, body.nameFr, body.nameAr).text;
  return pageMetadata({
    locale,
    path: `/governance/${body.slug}`,
    title: body.acronym ? `${body.acronym} · ${name}` : name,
    description: pickText(locale, body.descriptionFr, body.descriptionAr).text,
  });
}

export default async function GovernanceBodyPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, body] = await Promise.all([
    getTranslations({ locale, namespace: "governance" }),
    findGovernanceBody(slug),
  ]);
  if (!body) notFound();
  const name = pickText(locale, body.nameFr, body.nameAr);
  const link = "text-brand-800 underline underline-offset-4 hover:decoration-2";
  const hasFacts = Boolean(
    body.meetingCadenceFr ||
    body.parent ||
    body.children.length ||
    body.organization ||
    body.establishedOn,
  );

  return (
    <div className="space-y-10">
      <div>
        <Breadcrumb
          locale={locale}
          trail={[{ href: "/governance", label: t("title") }]}
          current={body.acronym ?? <LocalizedText value={name} />}
        />
        <header className="space-y-3">
          <p className="text-sm font-semibold tracking-wide text-brand-800 uppercase">
            {t(`tiers.${tierOf(body.kind)}.label`)}
          </p>
          <h1 className="text-3xl font-bold text-brand-900">
            <LocalizedText value={name} />
            {body.acronym && " "}
            {body.acronym && (
              <span
                className="text-2xl font-semibold text-slate-700"
                lang="fr"
              >
                ({body.acronym})
              </span>
            )}
          </h1>
          <LocalizedText
            as="p"
            className="max-w-3xl text-lg"
            value={pickText(locale, body.descriptionFr, body.descriptionAr)}
          />
        </header>
      </div>

      {hasFacts && (
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {body.meetingCadenceFr && (
            <>
              <dt className="font-medium text-slate-700">{t("cadence")}</dt>
              <dd>
                <LocalizedText
                  value={pickText(
                    locale,
                    body.meetingCadenceFr,
                    body.meetingCadenceAr,
                  )}
                />
              </dd>
            </>
          )}
          {body.parent && (
            <>
              <dt className="font-medium text-slate-700">{t("attachedTo")}</dt>
              <dd>
                <LocaleLink
                  locale={locale}
                  href={`/governance/${body.parent.slug}`}
                  className={link}
                >
                  <LocalizedText
                    value={pickText(
                      locale,
                      body.parent.nameFr,
                      body.parent.nameAr,
                    )}
                  />
                </LocaleLink>
              </dd>
            </>
          )}
          {body.children.length > 0 && (
            <>
              <dt className="font-medium text-slate-700">
                {t("attachedBodies")}
              </dt>
              <dd>
                <ul>
                  {body.children.map((child) => (
                    <li key={child.slug}>
                      <LocaleLink
                        locale={locale}
                        href={`/governance/${child.slug}`}
                        className={link}
                      >
                        <LocalizedText
                          value={pickText(locale, child.nameFr, child.nameAr)}
                        />
                      </LocaleLink>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          {body.organization && (
            <>
              <dt className="font-medium text-slate-700">
                {t("hostOrganization")}
              </dt>
              <dd>
                <LocaleLink
                  locale={locale}
                  href={`/organizations/${body.organization.slug}`}
                  className={link}
                >
                  <LocalizedText
                    value={pickText(
                      locale,
                      body.organization.nameFr,
                      body.organization.nameAr,
                    )}
                  />
                </LocaleLink>
              </dd>
            </>
          )}
          {body.establishedOn && (
            <>
              <dt className="font-medium text-slate-700">
                {t("establishedOn")}
              </dt>
              <dd>
                <time dateTime={body.establishedOn.toISOString().slice(0, 10)}>
                  {formatDate(locale, body.establishedOn)}
                </time>
              </dd>
            </>
          )}
        </dl>
      )}

      <section aria-labelledby="missions-title" className="space-y-3">
        <h2
          id="missions-title"
          className="text-2xl font-semibold text-brand-900"
        >
          {t("missionsHeading")}
        </h2>
        {body.missions.length === 0 ? (
          <p>{t("noMission")}</p>
        ) : (
          <ol className="list-decimal space-y-1 ps-6">
            {body.missions.map((mission) => (
              <li key={mission.position}>
                <LocalizedText
                  value={pickText(locale, mission.textFr, mission.textAr)}
                />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="members-title" className="space-y-3">
        <h2
          id="members-title"
          className="text-2xl font-semibold text-brand-900"
        >
          {t("membersHeading")}
        </h2>
        {body.members.length === 0 ? (
          <p>{t("noMember")}</p>
        ) : (
          <MembersTable
            locale={locale}
            bodyName={name.text}
            members={body.members}
          />
        )}
      </section>

      <section aria-labelledby="figures-title" className="space-y-3">
        <h2
          id="figures-title"
          className="text-2xl font-semibold text-brand-900"
        >
          {t("figuresHeading")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("figuresIntro")}</p>
        {body.figures.length === 0 ? (
          <p>{t("noFigure")}</p>
        ) : (
          <FiguresTable
            locale={locale}
            bodyName={name.text}
            figures={body.figures}
          />
        )}
      </section>

      {body.sessions.length > 0 && (
        <section aria-labelledby="sessions-title" className="space-y-3">
          <h2
            id="sessions-title"
            className="text-2xl font-semibold text-brand-900"
          >
            {t("sessionsHeading")}
          </h2>
          <ul className="space-y-1">
            {body.sessions.map((session) => (
              <li key={session.number}>
                <LocaleLink
                  locale={locale}
                  href={`/sessions/${session.number}`}
                  className={link}
                >
                  {t("sessionLabel", { number: session.number })}
                </LocaleLink>
                {" · "}
                <time dateTime={session.heldOn.toISOString().slice(0, 10)}>
                  {formatDate(locale, session.heldOn)}
                </time>
              </li>
            ))}
          </ul>
          <p>
            <LocaleLink locale={locale} href="/sessions" className={link}>
              {t("allSessions")}
            </LocaleLink>
          </p>
        </section>
      )}

      {body.source && (
        <footer className="border-t border-slate-200 pt-4 text-sm text-slate-700">
          <SourceCitation locale={locale} source={body.source} />
        </footer>
      )}
    </div>
  );
}
