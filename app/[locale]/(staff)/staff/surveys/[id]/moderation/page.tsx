import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findPendingFreeTextAnswers } from "@/lib/data/surveys-moderation";
import { formatInstant } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { parseSessionNumber } from "@/lib/route-params";
import { ContentForm } from "../../../_components/content-form";
import { ForbiddenContent, SavedNotice } from "../../../_components/content-page";
import { moderateAnswerAction } from "../../actions";
import { surveyStaff } from "../../_components/survey-access";

type Props = PageProps<"/[locale]/staff/surveys/[id]/moderation">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("surveysAdmin.moderationTitle") };
}

export default async function SurveyModerationPage({ params, searchParams }: Props) {
  const { locale, id: raw } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const id = parseSessionNumber(raw);
  if (id === null) notFound();
  const { user, t, canModerate } = await surveyStaff(locale);
  if (!canModerate) return <ForbiddenContent t={t} />;
  const answers = await findPendingFreeTextAnswers(user, id);
  const query = await searchParams;
  const notice = (["approved", "rejected"] as const).find((name) => typeof query[name] === "string");
  const stamp = notice ? String(query[notice]) : "loaded";
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumb locale={locale} trail={[{ label: t("surveysAdmin.title"), href: "/staff/surveys" }]} current={t("surveysAdmin.moderationTitle")} />
      <h1 className="text-3xl font-bold text-brand-900">{t("surveysAdmin.moderationTitle")}</h1>
      {notice && <SavedNotice>{t(`surveysAdmin.notice.${notice}`)}</SavedNotice>}
      <p className="max-w-prose text-slate-700">{t("surveysAdmin.moderationIntro")}</p>
      {answers.length === 0 ? (
        <p>{t("surveysAdmin.nothingToModerate")}</p>
      ) : (
        <ol className="space-y-4">
          {answers.map((answer) => (
            <li key={answer.id} className="space-y-2 rounded border border-slate-300 p-4" data-answer={answer.id}>
              <p className="text-sm text-slate-700">
                <span lang="fr" dir="ltr">{answer.promptFr}</span> · {formatInstant(locale, answer.submittedAt)}
              </p>
              {/* Written by a respondent in either language: the browser picks its direction. */}
              <blockquote dir="auto" className="border-s-4 border-slate-400 ps-3 whitespace-pre-wrap">{answer.text}</blockquote>
              <div className="flex flex-wrap gap-4">
                <ContentForm key={`a-${answer.id}-${stamp}`} name="survey-answer-approve" action={moderateAnswerAction} hidden={{ locale, surveyId: String(id), answerId: answer.id, decision: "APPROVED" }} initial={{}} sections={[]} submitLabel={t("surveysAdmin.approve")} />
                <ContentForm key={`r-${answer.id}-${stamp}`} name="survey-answer-reject" action={moderateAnswerAction} hidden={{ locale, surveyId: String(id), answerId: answer.id, decision: "REJECTED" }} initial={{}} sections={[]} submitLabel={t("surveysAdmin.reject")} submitStyle="danger" />
              </div>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
