import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { SurveyNotice } from "@/components/surveys/survey-notice";
import { findPublicSurveyBySlug } from "@/lib/data/surveys";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { parseSlug } from "@/lib/route-params";
import { areResultsPublished } from "@/lib/surveys/lifecycle";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

type Props = PageProps<"/[locale]/surveys/[slug]/thanks">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "surveys" });
  // A page reached only after answering: not for search engines.
  return { title: t("survey.thanksTitle"), robots: { index: false, follow: true } };
}

const link = "text-brand-800 underline underline-offset-4 hover:decoration-2";

/** Where the form leads once the response is stored (a redirect, so a reload never posts again). */
export default async function SurveyThanksPage({ params }: Props) {
  const { locale: raw, slug } = await params;
  const locale = raw as Locale;
  setRequestLocale(locale);
  await connection();
  const survey = parseSlug(slug) ? await findPublicSurveyBySlug(slug) : null;
  if (!survey) notFound();
  const t = await getTranslations({ locale, namespace: "surveys" });
  const title = pickText(locale, survey.titleFr, survey.titleAr);
  return (
    <div className="space-y-8">
      <Breadcrumb
        locale={locale}
        trail={[
          { href: "/surveys", label: t("list.title") },
          { href: `/surveys/${survey.slug}`, label: <LocalizedText value={title} /> },
        ]}
        current={t("survey.thanksTitle")}
      />
      <h1 className="text-3xl font-bold text-brand-900">
        <LocalizedText value={title} />
      </h1>
      <SurveyNotice title={t("survey.thanksTitle")} tone="success" testId="survey-thanks">
        <p>{t("survey.thanksBody")}</p>
        {survey.questions.some((q) => q.kind === "FREE_TEXT") && <p>{t("survey.thanksModeration")}</p>}
        {areResultsPublished(survey, new Date()) ? (
          <p>
            <LocaleLink locale={locale} href={`/surveys/${survey.slug}/results`} className={link}>
              {t("survey.resultsLink")}
            </LocaleLink>
          </p>
        ) : (
          <p>{t("survey.resultsLater")}</p>
        )}
      </SurveyNotice>
      <p>
        <LocaleLink locale={locale} href="/surveys" className={link}>
          {t("survey.backToList")}
        </LocaleLink>
      </p>
    </div>
  );
}
