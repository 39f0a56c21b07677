import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findSurveyProjectChoices } from "@/lib/data/surveys-staff";
import type { Locale } from "@/lib/i18n/routing";
import { ContentForm } from "../../_components/content-form";
import { ForbiddenContent } from "../../_components/content-page";
import { createSurveyAction } from "../actions";
import { surveyStaff } from "../_components/survey-access";
import { questionFields, questionValues, surveySections, surveyValues } from "../_components/survey-form";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/surveys/new">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("surveysAdmin.createTitle") };
}

export default async function NewSurveyPage({ params }: PageProps<"/[locale]/staff/surveys/new">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { user, t, canManage } = await surveyStaff(locale);
  if (!canManage) return <ForbiddenContent t={t} />;
  const projects = await findSurveyProjectChoices(user);
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumb locale={locale} trail={[{ label: t("surveysAdmin.title"), href: "/staff/surveys" }]} current={t("surveysAdmin.createTitle")} />
      <h1 className="text-3xl font-bold text-brand-900">{t("surveysAdmin.createTitle")}</h1>
      <p className="max-w-prose text-slate-700">{t("surveysAdmin.createIntro")}</p>
      <ContentForm
        name="survey-create"
        action={createSurveyAction}
        hidden={{ locale }}
        initial={{ ...surveyValues(null), ...questionValues("q-", null) }}
        sections={[...surveySections(t, true), { legend: t("surveysAdmin.firstQuestion"), fields: questionFields(t, locale, "q-", projects) }]}
        submitLabel={t("surveysAdmin.create")}
      />
    </div>
  );
}
