import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findSurveyForEditing } from "@/lib/data/surveys-admin";
import { countSurveyResponsesLive } from "@/lib/data/surveys-admin-export";
import { findSurveyProjectChoices } from "@/lib/data/surveys-staff";
import { formatInstant, formatLastDay } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { parseSessionNumber } from "@/lib/route-params";
import { ContentForm } from "../../_components/content-form";
import { ForbiddenContent, linkClass, SavedNotice } from "../../_components/content-page";
import { removeQuestionAction, saveQuestionAction, surveyStepAction, updateSurveyAction } from "../actions";
import { surveyStaff, surveyState } from "../_components/survey-access";
import { questionFields, questionValues, surveySections, surveyValues } from "../_components/survey-form";

type Props = PageProps<"/[locale]/staff/surveys/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("surveysAdmin.editTitle") };
}

const notices = ["created", "saved", "questionAdded", "questionSaved", "questionRemoved", "open", "close", "publish", "unpublish"] as const;

export default async function StaffSurveyPage({ params, searchParams }: Props) {
  const { locale, id: raw } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const id = parseSessionNumber(raw); // a positive integer that fits in int4
  if (id === null) notFound();
  const { user, t, canManage, canModerate } = await surveyStaff(locale);
  if (!canManage) {
    if (!canModerate) return <ForbiddenContent t={t} />;
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t("surveysAdmin.moderationTitle")}</h1>
        <p>
          <Link href={`/staff/surveys/${id}/moderation`} className={linkClass}>{t("surveysAdmin.moderate")}</Link>
        </p>
      </div>
    );
  }
  const survey = await orNotFound(findSurveyForEditing(user, id));
  const [counts, projects] = await Promise.all([countSurveyResponsesLive(user, id), findSurveyProjectChoices(user)]);
  const query = await searchParams;
  const notice = notices.find((name) => typeof query[name] === "string");
  const stamp = notice ? String(query[notice]) : "loaded";
  const now = new Date();
  const { phase, isPublished } = surveyState(survey, now);
  // The data layer's rule: questions change only while the survey has never opened and has no response.
  const isLocked = counts.total > 0 || (phase !== "draft" && phase !== "scheduled");
  const title = pickText(locale, survey.titleFr, survey.titleAr).text;
  const hidden = { locale, surveyId: String(survey.id), version: String(survey.version) };
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-3">
        <Breadcrumb locale={locale} trail={[{ label: t("surveysAdmin.title"), href: "/staff/surveys" }]} current={title} />
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        {notice && <SavedNotice>{t(`surveysAdmin.notice.${notice}`)}</SavedNotice>}
      </div>

      <section aria-labelledby="state-title" className="space-y-3 rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="state-title" className="text-xl font-semibold text-brand-900">{t("surveysAdmin.stateTitle")}</h2>
        <p data-phase={phase}>
          {t(`surveysAdmin.phaseExplained.${phase}`, { opensAt: formatInstant(locale, survey.opensAt ?? now), closesAt: survey.closesAt ? formatLastDay(locale, survey.closesAt) : "—" })}{" "}
          {isPublished ? t("surveysAdmin.resultsArePublished") : t("surveysAdmin.resultsNotPublished")}
        </p>
        <ul className="flex flex-wrap gap-x-5 gap-y-1">
          {phase !== "draft" && (
            <li>
              <Link href={`/surveys/${survey.slug}`} className={linkClass}>{t("surveysAdmin.publicPage")}</Link>
            </li>
          )}
          {isPublished && (
            <li>
              <Link href={`/surveys/${survey.slug}/results`} className={linkClass}>{t("surveysAdmin.resultsPage")}</Link>
            </li>
          )}
        </ul>
        {(phase === "draft" || phase === "scheduled") && (
          <ContentForm
            key={`open-${stamp}`}
            name="survey-open"
            action={surveyStepAction}
            hidden={{ ...hidden, step: "open" }}
            initial={{}}
            sections={[{ fields: [
              { name: "opensOn", label: t("surveysAdmin.opensOn"), hint: t("surveysAdmin.opensOnHint"), kind: "date" },
              { name: "closesOn", label: t("surveysAdmin.closesOn"), hint: t("surveysAdmin.closesOnHint"), kind: "date" },
            ] }]}
            submitLabel={t("surveysAdmin.open")}
          />
        )}
        <div className="flex flex-wrap gap-4">
          {phase === "open" && (
            <ContentForm key={`close-${stamp}`} name="survey-close" action={surveyStepAction} hidden={{ ...hidden, step: "close" }} initial={{}} sections={[]} submitLabel={t("surveysAdmin.close")} submitStyle="danger" />
          )}
          {(phase === "open" || phase === "closed") &&
            (isPublished ? (
              <ContentForm key={`unpublish-${stamp}`} name="survey-unpublish" action={surveyStepAction} hidden={{ ...hidden, step: "unpublish" }} initial={{}} sections={[]} submitLabel={t("surveysAdmin.unpublish")} submitStyle="danger" />
            ) : (
              <ContentForm key={`publish-${stamp}`} name="survey-publish" action={surveyStepAction} hidden={{ ...hidden, step: "publish" }} initial={{}} sections={[]} submitLabel={t("surveysAdmin.publish")} />
            ))}
        </div>
      </section>

      <section aria-labelledby="counts-title" className="space-y-3">
        <h2 id="counts-title" className="text-xl font-semibold text-brand-900">{t("surveysAdmin.countsTitle")}</h2>
        <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3" data-testid="live-counts">
          {(["total", "today", "lastHour", "api", "flagged", "pendingModeration"] as const).map((key) => (
            <div key={key} className="rounded border border-slate-300 p-3">
              <dt className="text-sm text-slate-700">{t(`surveysAdmin.counts.${key}`)}</dt>
              <dd className="text-2xl font-bold" data-count={key}>{counts[key]}</dd>
            </div>
          ))}
        </dl>
        <p className="flex flex-wrap gap-x-5">
          <a href={`/${locale}/staff/surveys/${survey.id}/responses.csv`} className={linkClass} download>
            {t("surveysAdmin.export")}
          </a>
          <Link href={`/staff/surveys/${survey.id}/moderation`} className={linkClass}>{t("surveysAdmin.moderate")}</Link>
        </p>
      </section>

      <section aria-labelledby="texts-title" className="space-y-3">
        <h2 id="texts-title" className="text-xl font-semibold text-brand-900">{t("surveysAdmin.textsTitle")}</h2>
        <ContentForm key={`survey-${stamp}`} name="survey-edit" action={updateSurveyAction} hidden={hidden} initial={surveyValues(survey)} sections={surveySections(t, false)} submitLabel={t("surveysAdmin.save")} />
      </section>

      <section aria-labelledby="questions-title" className="space-y-4">
        <h2 id="questions-title" className="text-xl font-semibold text-brand-900">{t("surveysAdmin.questionsTitle")}</h2>
        <p className="max-w-prose text-slate-700">{isLocked ? t("surveysAdmin.questionsLocked") : t("surveysAdmin.questionsEditable")}</p>
        {survey.questions.map((question, index) => (
          <div key={question.id} className="space-y-3 rounded border border-slate-300 p-4" data-question={index + 1}>
            <h3 className="text-lg font-semibold">{t("surveysAdmin.questionNumber", { number: index + 1 })}</h3>
            <ContentForm
              key={`q${index}-${stamp}`}
              name={`survey-question-${index + 1}`}
              action={saveQuestionAction}
              hidden={{ ...hidden, questionIndex: String(index) }}
              initial={questionValues(`q${index}-`, question)}
              sections={[{ fields: questionFields(t, locale, `q${index}-`, projects) }]}
              submitLabel={t("surveysAdmin.saveQuestion")}
            />
            {!isLocked && survey.questions.length > 1 && (
              <ContentForm key={`rm${index}-${stamp}`} name={`survey-question-remove-${index + 1}`} action={removeQuestionAction} hidden={{ ...hidden, questionIndex: String(index) }} initial={{}} sections={[]} submitLabel={t("surveysAdmin.removeQuestion")} submitStyle="danger" />
            )}
          </div>
        ))}
        {!isLocked && (
          <div className="space-y-3 rounded border-2 border-brand-800 p-4">
            <h3 className="text-lg font-semibold">{t("surveysAdmin.addQuestion")}</h3>
            <ContentForm
              key={`new-${stamp}`}
              name="survey-question-add"
              action={saveQuestionAction}
              hidden={{ ...hidden, questionIndex: "new" }}
              initial={questionValues("new-", null)}
              sections={[{ fields: questionFields(t, locale, "new-", projects) }]}
              submitLabel={t("surveysAdmin.addQuestion")}
            />
          </div>
        )}
      </section>
    </div>
  );
}
