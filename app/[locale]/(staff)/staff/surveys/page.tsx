import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { findSurveysForStaff } from "@/lib/data/surveys-admin";
import { findSurveysToModerate } from "@/lib/data/surveys-staff";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { buttonLinkClass, ForbiddenContent, linkClass, tableClass, tdClass, thClass } from "../_components/content-page";
import { surveyStaff, surveyState } from "./_components/survey-access";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/surveys">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("surveysAdmin.title") };
}

export default async function StaffSurveysPage({ params }: PageProps<"/[locale]/staff/surveys">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { user, t, canManage, canModerate } = await surveyStaff(locale);
  if (!canManage && !canModerate) return <ForbiddenContent t={t} />;
  const now = new Date();
  if (!canManage) {
    // Moderators without the right to run surveys: only the moderation queues.
    const surveys = await findSurveysToModerate(user);
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold text-brand-900">{t("surveysAdmin.moderationTitle")}</h1>
        <p className="max-w-prose text-slate-700">{t("surveysAdmin.moderationIntro")}</p>
        {surveys.length === 0 ? (
          <p>{t("surveysAdmin.nothingToModerate")}</p>
        ) : (
          <ul className="list-disc space-y-1 ps-6">
            {surveys.map((survey) => (
              <li key={survey.id}>
                <Link href={`/staff/surveys/${survey.id}/moderation`} className={linkClass}>
                  <LocalizedText value={pickText(locale, survey.titleFr, survey.titleAr)} />
                </Link>{" "}
                ({t("surveysAdmin.pendingCount", { count: survey.pending })})
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const surveys = await findSurveysForStaff(user);
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("surveysAdmin.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("surveysAdmin.intro")}</p>
      <p>
        <Link href="/staff/surveys/new" className={buttonLinkClass}>
          {t("surveysAdmin.new")}
        </Link>
      </p>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">{t("surveysAdmin.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={thClass}>{t("surveysAdmin.columns.title")}</th>
              <th scope="col" className={thClass}>{t("surveysAdmin.columns.state")}</th>
              <th scope="col" className={thClass}>{t("surveysAdmin.columns.questions")}</th>
              <th scope="col" className={thClass}>{t("surveysAdmin.columns.responses")}</th>
              <th scope="col" className={thClass}>{t("surveysAdmin.columns.links")}</th>
            </tr>
          </thead>
          <tbody>
            {surveys.map((survey) => {
              const { phase, isPublished } = surveyState(survey, now);
              return (
                <tr key={survey.id} className="border-b border-slate-200" data-survey={survey.slug}>
                  <th scope="row" className={`${tdClass} min-w-56 text-start font-normal`}>
                    <Link href={`/staff/surveys/${survey.id}`} className={linkClass}>
                      <LocalizedText value={pickText(locale, survey.titleFr, survey.titleAr)} />
                    </Link>
                  </th>
                  <td className={tdClass} data-phase={phase}>
                    {t(`surveysAdmin.phases.${phase}`)}
                    {isPublished && ` · ${t("surveysAdmin.resultsPublished")}`}
                  </td>
                  <td className={tdClass}>{survey._count.questions}</td>
                  <td className={tdClass}>{survey._count.responses}</td>
                  <td className={tdClass}>
                    <ul className="space-y-1">
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
                      <li>
                        <Link href={`/staff/surveys/${survey.id}/moderation`} className={linkClass}>{t("surveysAdmin.moderate")}</Link>
                      </li>
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
