import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ScrollTable, tableClasses as c } from "@/components/scroll-table";
import { SessionStatusBadge } from "@/components/sessions/session-status-badge";
import { UpcomingSessions } from "@/components/sessions/upcoming-sessions";
import { findSessions } from "@/lib/data/sessions";
import { todayAsDate } from "@/lib/dates";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { LocalizedText } from "@/components/localized-text";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/sessions">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "sessions" });
  return pageMetadata({ locale, path: "/sessions", title: t("title"), description: t("description") });
}

const COUNTS = ["agendaItems", "decisions", "reviews", "launches", "demonstrations"] as const;

export default async function SessionsPage({ params }: PageProps<"/[locale]/sessions">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, sessions] = await Promise.all([getTranslations({ locale, namespace: "sessions" }), findSessions()]);

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
        <p>
          <LocaleLink locale={locale} href="/governance/cigov" className="text-brand-800 underline underline-offset-4">
            {t("aboutCommittee")}
          </LocaleLink>
        </p>
      </header>

      <UpcomingSessions locale={locale} today={todayAsDate()} />

      <section aria-labelledby="held-title" className="space-y-3">
        <h2 id="held-title" className="text-2xl font-semibold text-brand-900">
          {t("listHeading")}
        </h2>
        {sessions.length === 0 ? (
          <p>{t("noSession")}</p>
        ) : (
          <ScrollTable captionId="sessions-caption" caption={t("tableCaption")}>
              <thead>
                <tr>
                  <th scope="col" className={c.th}>
                    {t("session")}
                  </th>
                  <th scope="col" className={c.th}>
                    {t("date")}
                  </th>
                  <th scope="col" className={c.th}>
                    {t("chair")}
                  </th>
                  {COUNTS.map((key) => (
                    <th key={key} scope="col" className={c.th}>
                      {t(`counts.${key}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {sessions.map((session) => (
                  <tr key={session.number} data-session={session.number}>
                    <th scope="row" className={`${c.rowHeader} whitespace-nowrap`}>
                      <LocaleLink locale={locale} href={`/sessions/${session.number}`} className="text-brand-800 underline underline-offset-4 hover:decoration-2">
                        {t("sessionLabel", { number: session.number })}
                      </LocaleLink>
                      {session.status !== "HELD" && (
                        <span className="ms-2">
                          <SessionStatusBadge locale={locale} status={session.status} />
                        </span>
                      )}
                    </th>
                    <td className={`${c.td} whitespace-nowrap`}>
                      <time dateTime={session.heldOn.toISOString().slice(0, 10)}>{formatDate(locale, session.heldOn)}</time>
                    </td>
                    <td className={`${c.td} min-w-48`}>
                      {session.chairName && (
                        <span className="block font-medium" lang="fr" dir="auto">
                          {session.chairName}
                        </span>
                      )}
                      {session.chairTitleFr ? <LocalizedText value={pickText(locale, session.chairTitleFr, session.chairTitleAr)} /> : !session.chairName && t("notGiven")}
                    </td>
                    {COUNTS.map((key) => (
                      <td key={key} className={`${c.td} tabular-nums`}>
                        {formatNumber(locale, session._count[key])}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
        )}
        <p className="max-w-3xl text-sm text-slate-700">{t("gapNote")}</p>
      </section>
    </div>
  );
}
