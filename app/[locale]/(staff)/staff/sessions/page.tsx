import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { findStaffSessions } from "@/lib/data/session-edit";
import { formatDate } from "@/lib/i18n/format";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { buttonLinkClass, contentEditor, ForbiddenContent, linkClass, tableClass, tdClass, thClass } from "../_components/content-page";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/sessions">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("sessionsAdmin.title") };
}

export default async function StaffSessionsPage({ params }: PageProps<"/[locale]/staff/sessions">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const [sessions, ts] = await Promise.all([findStaffSessions(user), getTranslations({ locale, namespace: "sessions" })]);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("sessionsAdmin.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("sessionsAdmin.intro")}</p>
      <p>
        <Link href="/staff/sessions/new" className={buttonLinkClass}>
          {t("sessionsAdmin.new")}
        </Link>
      </p>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">{t("sessionsAdmin.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={thClass}>{t("sessionsAdmin.columns.number")}</th>
              <th scope="col" className={thClass}>{t("sessionsAdmin.columns.date")}</th>
              <th scope="col" className={thClass}>{t("sessionsAdmin.columns.status")}</th>
              <th scope="col" className={thClass}>{t("sessionsAdmin.columns.agenda")}</th>
              <th scope="col" className={thClass}>{t("sessionsAdmin.columns.decisions")}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={session.number} className="border-b border-slate-200">
                <th scope="row" className={`${tdClass} text-start font-normal`}>
                  <Link href={`/staff/sessions/${session.number}`} className={linkClass}>
                    {t("sessionsAdmin.sessionLink", { number: session.number })}
                  </Link>
                </th>
                <td className={tdClass}>{formatDate(locale, session.heldOn)}</td>
                <td className={tdClass}>{ts(`sessionStatus.${session.status}`)}</td>
                <td className={tdClass}>{session._count.agendaItems}</td>
                <td className={tdClass}>{session._count.decisions}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
