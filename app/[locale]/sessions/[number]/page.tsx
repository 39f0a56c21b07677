import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocalizedText } from "@/components/localized-text";
import { DecisionsTable } from "@/components/sessions/decisions-table";
import { ProjectLinkList } from "@/components/sessions/project-link-list";
import { SessionStatusBadge } from "@/components/sessions/session-status-badge";
import { SessionDiscussions } from "@/components/space/linked-threads";
import { SourceCitation } from "@/components/source-citation";
import { findSessionByNumber } from "@/lib/data/sessions";
import { formatDate, formatInstant } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { parseSessionNumber } from "@/lib/route-params";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;
// No page is rendered at build time (the build has no database).
export function generateStaticParams() {
  return [];
}

type Props = PageProps<"/[locale]/sessions/[number]">;

async function loadSession(raw: string) {
  const number = parseSessionNumber(raw);
  return number === null ? null : findSessionByNumber(number);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, number } = await params;
  const locale = raw as Locale;
  const [t, session] = await Promise.all([getTranslations({ locale, namespace: "sessions" }), loadSession(number)]);
  if (!session) return {};
  const title = t("detailTitle", { number: session.number, body: session.body.acronym ?? session.body.nameFr });
  const description = session.summaryFr
    ? pickText(locale, session.summaryFr, session.summaryAr).text
    : t("detailDescription", { number: session.number, date: formatDate(locale, session.heldOn) });
  return pageMetadata({ locale, path: `/sessions/${session.number}`, title, description });
}

const h2 = "text-2xl font-semibold text-brand-900";
const link = "text-brand-800 underline underline-offset-4 hover:decoration-2";
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

export default async function SessionPage({ params }: Props) {
  const { locale: raw, number } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  const [t, session] = await Promise.all([getTranslations({ locale, namespace: "sessions" }), loadSession(number)]);
  if (!session) notFound();
  const bodyName = pickText(locale, session.body.nameFr, session.body.nameAr);
  const label = t("sessionLabel", { number: session.number });

  return (
    <div className="space-y-10">
      <div>
        <Breadcrumb locale={locale} trail={[{ href: "/sessions", label: t("title") }]} current={label} />
        <header className="space-y-3">
          <h1 className="text-3xl font-bold text-brand-900">
            {label}
            <span className="block text-xl font-semibold text-slate-700">
              <LocalizedText value={bodyName} />
            </span>
          </h1>
          <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]" data-testid="session-facts">
            <dt className="font-medium text-slate-700">{t("date")}</dt>
            <dd>
              <time dateTime={isoDay(session.heldOn)} className="font-semibold">
                {formatDate(locale, session.heldOn)}
              </time>{" "}
              <SessionStatusBadge locale={locale} status={session.status} />
            </dd>
            <dt className="font-medium text-slate-700">{t("chair")}</dt>
            <dd data-testid="session-chair">
              {session.chairName && (
                <span className="font-semibold" lang="fr" dir="auto">
                  {session.chairName}
                </span>
              )}
              {session.chairName && session.chairTitleFr && t("listSeparator")}
              {session.chairTitleFr && <LocalizedText value={pickText(locale, session.chairTitleFr, session.chairTitleAr)} />}
              {!session.chairName && !session.chairTitleFr && t("notGiven")}
            </dd>
            <dt className="font-medium text-slate-700">{t("committee")}</dt>
            <dd>
              <LocaleLink locale={locale} href={`/governance/${session.body.slug}`} className={link}>
                <LocalizedText value={bodyName} />
              </LocaleLink>
            </dd>
          </dl>
          {session.summaryFr && <LocalizedText as="p" className="max-w-3xl text-lg" value={pickText(locale, session.summaryFr, session.summaryAr)} />}
        </header>
      </div>

      <section aria-labelledby="agenda-title" className="space-y-3">
        <h2 id="agenda-title" className={h2}>
          {t("agendaHeading")}
        </h2>
        {session.agendaItems.length === 0 ? (
          <p>{t("noAgenda")}</p>
        ) : (
          <ol className="list-decimal space-y-1 ps-6">
            {session.agendaItems.map((item) => (
              <li key={item.position}>
                <LocalizedText value={pickText(locale, item.titleFr, item.titleAr)} />
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="decisions-title" className="space-y-3">
        <h2 id="decisions-title" className={h2}>
          {t("decisionsHeading")}
        </h2>
        {session.decisions.length === 0 ? <p>{t("noDecision")}</p> : <DecisionsTable locale={locale} label={label} decisions={session.decisions} />}
      </section>

      <section aria-labelledby="reviews-title" className="space-y-3" data-testid="reviews">
        <h2 id="reviews-title" className={h2}>
          {t("reviewsHeading")}
        </h2>
        {session.reviews.length === 0 ? (
          <p>{t("noReview")}</p>
        ) : (
          <ProjectLinkList locale={locale} items={session.reviews.map((r) => ({ project: r.project, noteFr: r.noteFr, noteAr: r.noteAr, date: null }))} />
        )}
      </section>

      <section aria-labelledby="launches-title" className="space-y-3" data-testid="launches">
        <h2 id="launches-title" className={h2}>
          {t("launchesHeading")}
        </h2>
        {session.launches.length === 0 ? (
          <p>{t("noLaunch")}</p>
        ) : (
          <ProjectLinkList locale={locale} items={session.launches.map((l) => ({ project: l.project, noteFr: l.noteFr, noteAr: l.noteAr, date: l.launchedOn }))} />
        )}
      </section>

      <section aria-labelledby="demonstrations-title" className="space-y-3" data-testid="demonstrations">
        <h2 id="demonstrations-title" className={h2}>
          {t("demonstrationsHeading")}
        </h2>
        {session.demonstrations.length === 0 ? (
          <p>{t("noDemonstration")}</p>
        ) : (
          <ol className="list-decimal space-y-2 ps-6">
            {session.demonstrations.map((demo) => (
              <li key={demo.position}>
                <LocalizedText value={pickText(locale, demo.titleFr, demo.titleAr)} />
                {demo.project && (
                  <>
                    {" · "}
                    <LocaleLink locale={locale} href={`/projects/${demo.project.slug}`} className={`${link} text-sm`}>
                      {t("projectPage")}
                      <span className="sr-only">
                        {t("listSeparator")}
                        <LocalizedText value={pickText(locale, demo.project.titleFr, demo.project.titleAr)} />
                      </span>
                    </LocaleLink>
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="next-title" className="space-y-3" data-testid="announced-dates">
        <h2 id="next-title" className={h2}>
          {t("nextDatesHeading")}
        </h2>
        {session.announcedDates.length === 0 ? (
          <p>{t("noNextDate")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {session.announcedDates.map((announced) => (
              <li key={isoDay(announced.plannedOn)}>
                <time dateTime={isoDay(announced.plannedOn)}>{formatDate(locale, announced.plannedOn)}</time>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="news-title" className="space-y-3">
        <h2 id="news-title" className={h2}>
          {t("newsHeading")}
        </h2>
        {session.news.length === 0 ? (
          <p>{t("noNews")}</p>
        ) : (
          <ul className="space-y-1">
            {session.news.map((item) => (
              <li key={item.slug}>
                <LocaleLink locale={locale} href={`/news/${item.slug}`} className={link}>
                  <LocalizedText value={pickText(locale, item.titleFr, item.titleAr)} />
                </LocaleLink>
                {" · "}
                <time dateTime={item.publishedAt.toISOString()} className="text-sm text-slate-700">
                  {formatInstant(locale, item.publishedAt)}
                </time>
              </li>
            ))}
          </ul>
        )}
      </section>

      <SessionDiscussions locale={locale} sessionNumber={session.number} />

      {session.source && (
        <section aria-labelledby="source-title" className="space-y-2 border-t border-slate-200 pt-4">
          <h2 id="source-title" className="text-lg font-semibold text-brand-900">
            {t("sourceHeading")}
          </h2>
          <SourceCitation locale={locale} source={session.source} hasLabel={false} />
        </section>
      )}

      {(session.previousNumber !== null || session.nextNumber !== null) && (
        <nav aria-label={t("otherSessions")} className="flex flex-wrap justify-between gap-4 border-t border-slate-200 pt-4">
          {session.previousNumber !== null ? (
            <LocaleLink locale={locale} href={`/sessions/${session.previousNumber}`} rel="prev" className={link}>
              <span aria-hidden="true">{locale === "ar" ? "→ " : "← "}</span>
              {t("previousSession", { number: session.previousNumber })}
            </LocaleLink>
          ) : (
            <span />
          )}
          {session.nextNumber !== null && (
            <LocaleLink locale={locale} href={`/sessions/${session.nextNumber}`} rel="next" className={link}>
              {t("nextSession", { number: session.nextNumber })}
              <span aria-hidden="true">{locale === "ar" ? " ←" : " →"}</span>
            </LocaleLink>
          )}
        </nav>
      )}
    </div>
  );
}
