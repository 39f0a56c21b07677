import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findSessionForEdit } from "@/lib/data/session-edit";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { parseSessionNumber } from "@/lib/route-params";
import { orNotFound } from "@/lib/not-found";
import { ContentForm } from "../../_components/content-form";
import { buttonLinkClass, contentEditor, ForbiddenContent, linkClass, SavedNotice } from "../../_components/content-page";
import { saveAgendaAction, updateSessionAction } from "../actions";
import { agendaForm } from "../_components/agenda-form-spec";
import { DecisionsList } from "../_components/decisions-list";
import { sessionFormSections, sessionFormValues } from "../_components/session-form-spec";

type Props = PageProps<"/[locale]/staff/sessions/[number]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("sessionsAdmin.editTitle", { number: parseSessionNumber(number) ?? 0 }) };
}

const notices = ["created", "saved", "agenda", "decision"] as const;

export default async function EditSessionPage({ params, searchParams }: Props) {
  const { locale, number: raw } = (await params) as { locale: Locale; number: string };
  setRequestLocale(locale);
  const number = parseSessionNumber(raw);
  if (number === null) notFound();
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const session = await orNotFound(findSessionForEdit(user, number));
  const [sections, ts] = await Promise.all([sessionFormSections(locale, t, false), getTranslations({ locale, namespace: "sessions" })]);
  const agenda = agendaForm(t, session.agendaItems);
  const query = await searchParams;
  const notice = notices.find((name) => typeof query[name] === "string");
  // A new stamp after each save re-mounts the forms, so they show what is now saved.
  const stamp = notice ? String(query[notice]) : "loaded";
  const title = t("sessionsAdmin.editTitle", { number });
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-3">
        <Breadcrumb locale={locale} trail={[{ label: t("sessionsAdmin.title"), href: "/staff/sessions" }]} current={title} />
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <p>
          <Link href={`/sessions/${number}`} className={linkClass}>
            {t("content.publicPage")}
          </Link>
        </p>
        {notice && <SavedNotice>{t(`sessionsAdmin.notice.${notice}`)}</SavedNotice>}
      </div>

      <section aria-labelledby="session-title" className="space-y-4">
        <h2 id="session-title" className="text-2xl font-semibold text-brand-900">
          {t("sessionsAdmin.sessionHeading")}
        </h2>
        <ContentForm
          key={`session-${stamp}`}
          name="session-edit"
          action={updateSessionAction}
          hidden={{ locale, number: String(number), loadedAt: session.updatedAt.toISOString() }}
          initial={sessionFormValues(session)}
          sections={sections}
          submitLabel={t("sessionsAdmin.save")}
        />
      </section>

      <section aria-labelledby="agenda-title" className="space-y-4">
        <h2 id="agenda-title" className="text-2xl font-semibold text-brand-900">
          {t("sessionsAdmin.agendaTitle")}
        </h2>
        <p className="max-w-prose text-slate-700">{t("sessionsAdmin.agendaIntro")}</p>
        <ContentForm
          key={`agenda-${stamp}`}
          name="session-agenda"
          action={saveAgendaAction}
          hidden={{ locale, number: String(number), rowCount: String(agenda.rowCount) }}
          initial={agenda.initial}
          sections={agenda.sections}
          submitLabel={t("sessionsAdmin.saveAgenda")}
          submitStyle="secondary"
        />
      </section>

      <section aria-labelledby="decisions-title" className="space-y-4">
        <h2 id="decisions-title" className="text-2xl font-semibold text-brand-900">
          {t("sessionsAdmin.decisionsTitle")}
        </h2>
        <DecisionsList locale={locale} t={t} number={number} decisions={session.decisions} statusLabel={(status) => ts(`decisionStatus.${status}`)} />
        <p>
          <Link href={`/staff/sessions/${number}/decisions/new`} className={buttonLinkClass}>
            {t("sessionsAdmin.newDecision")}
          </Link>
        </p>
      </section>
    </div>
  );
}
