import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import type { Locale } from "@/lib/i18n/routing";
import { ContentForm } from "../../_components/content-form";
import { contentEditor, ForbiddenContent } from "../../_components/content-page";
import { createNewsAction } from "../actions";
import { newsFormSections, newsFormValues } from "../_components/news-form-spec";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/news/new">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("newsAdmin.createTitle") };
}

export default async function NewNewsPage({ params }: PageProps<"/[locale]/staff/news/new">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumb locale={locale} trail={[{ label: t("newsAdmin.title"), href: "/staff/news" }]} current={t("newsAdmin.createTitle")} />
      <h1 className="text-3xl font-bold text-brand-900">{t("newsAdmin.createTitle")}</h1>
      <ContentForm
        name="news-create"
        action={createNewsAction}
        hidden={{ locale }}
        initial={newsFormValues(null)}
        sections={await newsFormSections(locale, t, true)}
        submitLabel={t("newsAdmin.create")}
      />
    </div>
  );
}
