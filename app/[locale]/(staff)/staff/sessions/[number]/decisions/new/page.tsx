import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findSessionForEdit } from "@/lib/data/session-edit";
import type { Locale } from "@/lib/i18n/routing";
import { parseSessionNumber } from "@/lib/route-params";
import { orNotFound } from "@/lib/not-found";
import { ContentForm } from "../../../../_components/content-form";
import { contentEditor, ForbiddenContent } from "../../../../_components/content-page";
import { decisionFormSections } from "../../../_components/decision-form-spec";
import { createDecisionAction } from "../actions";

type Props = PageProps<"/[locale]/staff/sessions/[number]/decisions/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, number } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("sessionsAdmin.decisionCreateTitle", { number: parseSessionNumber(number) ?? 0 }) };
}

export default async function NewDecisionPage({ params }: Props) {
  const { locale, number: raw } = (await params) as { locale: Locale; number: string };
  setRequestLocale(locale);
  const number = parseSessionNumber(raw);
  if (number === null) notFound();
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  await orNotFound(findSessionForEdit(user, number));
  const title = t("sessionsAdmin.decisionCreateTitle", { number });
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumb
        locale={locale}
        trail={[
          { label: t("sessionsAdmin.title"), href: "/staff/sessions" },
          { label: t("sessionsAdmin.editTitle", { number }), href: `/staff/sessions/${number}` },
        ]}
        current={title}
      />
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <ContentForm
        name="decision-create"
        action={createDecisionAction}
        hidden={{ locale, number: String(number) }}
        initial={{ status: "OPEN" }}
        sections={await decisionFormSections(locale, t)}
        submitLabel={t("sessionsAdmin.createDecision")}
      />
    </div>
  );
}
