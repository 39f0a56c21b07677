import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { SurveyForm } from "@/components/surveys/survey-form";
import { SurveyIntro } from "@/components/surveys/survey-intro";
import { SurveyNotice } from "@/components/surveys/survey-notice";
import { findPublicSurveyBySlug, hasRespondentAnswered } from "@/lib/data/surveys";
import { formatInstant, formatLastDay } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { parseSlug } from "@/lib/route-params";
import { toFormQuestions } from "@/lib/surveys/form-questions";
import { areResultsPublished, surveyPhase } from "@/lib/surveys/lifecycle";
import { readRespondentToken } from "@/lib/surveys/respondent-cookie";
import { respondentKeyOf } from "@/lib/surveys/respondent-token";
import { submitSurveyAction } from "./actions";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/surveys/[slug]">;

async function load(slug: string) {
  return parseSlug(slug) ? findPublicSurveyBySlug(slug) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  await connection();
  const survey = await load(slug);
  if (!survey) return {};
  return pageMetadata({
    locale,
    path: `/surveys/${survey.slug}`,
    title: pickText(locale, survey.titleFr, survey.titleAr).text,
    description: pickText(locale, survey.descriptionFr, survey.descriptionAr).text.slice(0, 200),
  });
}

const link = "text-brand-800 underline underline-offset-4 hover:decoration-2";

/**
 * A survey: its form while open, or what stands instead (already answered from this
 * browser, closed, not yet open). Every state is a 200 page with a clear message.
 */
export default async function SurveyPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  await connection();
  const survey = await load(slug);
  if (!survey) notFound();
  const now = new Date();
  const [t, token] = await Promise.all([getTranslations({ locale, namespace: "surveys" }), readRespondentToken()]);
  const hasAnswered = token ? await hasRespondentAnswered(survey.id, respondentKeyOf(token, survey.id)) : false;
  const phase = surveyPhase(survey, now);
  const resultsPublished = areResultsPublished(survey, now);
  const resultsLink = resultsPublished ? (
    <p>
      <LocaleLink locale={locale} href={`/surveys/${survey.slug}/results`} className={link}>
        {t("survey.resultsLink")}
      </LocaleLink>
    </p>
  ) : (
    <p>{t("survey.resultsLater")}</p>
  );

  const isAnswering = !hasAnswered && phase === "open";
  let body;
  if (hasAnswered) {
    body = (
      <SurveyNotice title={t("survey.answeredTitle")} tone="success" testId="already-answered">
        <p>{t("survey.answeredBody")}</p>
        <p className="text-sm text-slate-700">{t("survey.answeredHow")}</p>
        {resultsLink}
      </SurveyNotice>
    );
  } else if (phase === "closed" || phase === "scheduled" || phase === "draft") {
    const isClosed = phase === "closed";
    const date = isClosed ? survey.closesAt : survey.opensAt;
    body = (
      <SurveyNotice title={t(isClosed ? "survey.closedTitle" : "survey.scheduledTitle")} tone="info" testId={isClosed ? "survey-closed" : "survey-scheduled"}>
        {date && <p>{t(isClosed ? "survey.closedBody" : "survey.scheduledBody", { date: isClosed ? formatLastDay(locale, date) : formatInstant(locale, date) })}</p>}
        {resultsLink}
      </SurveyNotice>
    );
  } else {
    const questions = toFormQuestions(survey.questions, locale, t);
    // The form comes with the heading: its error summary must come before it (GOV.UK pattern).
    body = (
      <SurveyForm
        action={submitSurveyAction}
        slug={survey.slug}
        locale={locale}
        questions={questions}
        intro={
          <>
            <SurveyIntro locale={locale} survey={survey} />
            <div className="max-w-3xl space-y-2 text-slate-700">
              <p>{t("survey.privacy")}</p>
              <p>{t("survey.requiredNote")}</p>
            </div>
          </>
        }
        labels={{
          questionNumbers: Object.fromEntries(questions.map((q) => [q.id, t("form.questionNumber", { number: q.number })])),
          required: t("form.required"),
          optional: t("form.optional"),
          noOpinion: t("form.noOpinion"),
          project: t("form.project"),
          errorPrefix: t("form.errorPrefix"),
          submit: t("form.submit"),
          submitting: t("form.submitting"),
          honeypot: t("form.honeypot"),
          errorSummaryTitle: t("form.errorSummaryTitle"),
        }}
      />
    );
  }

  return (
    <div className="space-y-8">
      <Breadcrumb locale={locale} trail={[{ href: "/surveys", label: t("list.title") }]} current={<LocalizedText value={pickText(locale, survey.titleFr, survey.titleAr)} />} />
      {!isAnswering && <SurveyIntro locale={locale} survey={survey} />}
      {body}
      <p>
        <LocaleLink locale={locale} href="/surveys" className={link}>
          {t("survey.backToList")}
        </LocaleLink>
      </p>
    </div>
  );
}
