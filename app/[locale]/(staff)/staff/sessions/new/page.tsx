import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { suggestNextSessionNumber } from "@/lib/data/session-edit";
import type { Locale } from "@/lib/i18n/routing";
import { ContentForm } from "../../_components/content-form";
import { contentEditor, ForbiddenContent } from "../../_components/content-page";
import { createSessionAction } from "../actions";
import { sessionFormSections } from "../_components/session-form-spec";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/sessions/new">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("sessionsAdmin.createTitle") };
}

export default async function NewSessionPage({ params }: PageProps<"/[locale]/staff/sessions/new">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const [sections, nextNumber] = await Promise.all([sessionFormSections(locale, t, true), suggestNextSessionNumber()]);
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumb locale={locale} trail={[{ label: t("sessionsAdmin.title"), href: "/staff/sessions" }]} current={t("sessionsAdmin.createTitle")} />
      <h1 className="text-3xl font-bold text-brand-900">{t("sessionsAdmin.createTitle")}</h1>
      <p className="max-w-prose text-slate-700">{t("sessionsAdmin.createIntro")}</p>
      <ContentForm
        name="session-create"
        action={createSessionAction}
        hidden={{ locale }}
        initial={{ number: String(nextNumber), status: "HELD" }}
        sections={sections}
        submitLabel={t("sessionsAdmin.create")}
      />
    </div>
  );
}
