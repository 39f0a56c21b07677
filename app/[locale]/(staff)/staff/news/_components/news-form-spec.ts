import { getTranslations } from "next-intl/server";
import { findNewsProjectChoices, type EditableNews } from "@/lib/data/news-edit";
import { findSessionChoices } from "@/lib/data/session-choices";
import { NewsKind } from "@/lib/generated/prisma/enums";
import { todayAsDate } from "@/lib/dates";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { bilingualLabels, type StaffTranslator } from "../../_components/content-page";
import { bilingualFields, dayValue, type FormSection } from "../../_components/form-spec";

/** Text, publication, links (session, projects) and source of a news item. */
export async function newsFormSections(locale: Locale, t: StaffTranslator, isCreation: boolean): Promise<FormSection[]> {
  const [sessions, projects, tsessions] = await Promise.all([findSessionChoices(), findNewsProjectChoices(), getTranslations({ locale, namespace: "sessions" })]);
  const both = (key: string) => bilingualLabels(t, t(`newsAdmin.${key}`));
  return [
    {
      legend: t("newsAdmin.contentLegend"),
      fields: [
        { name: "kind", label: t("newsAdmin.kind"), kind: "select", options: Object.values(NewsKind).map((value) => ({ value, label: t(`newsAdmin.kinds.${value}`) })) },
        ...bilingualFields("title", both("titleLabel"), { maxLength: 200 }),
        ...bilingualFields("summary", both("summary"), { kind: "textarea", rows: 3, maxLength: 600, hint: t("newsAdmin.summaryHint") }),
        ...bilingualFields("body", both("body"), { kind: "textarea", rows: 10, maxLength: 20_000, hint: t("newsAdmin.bodyHint") }),
      ],
    },
    {
      legend: t("newsAdmin.publicationLegend"),
      fields: [
        { name: "publishedOn", label: t("newsAdmin.publishedOn"), hint: t("newsAdmin.publishedOnHint"), kind: "date" },
        ...(isCreation ? [{ name: "isPublished", label: t("newsAdmin.isPublished"), hint: t("newsAdmin.isPublishedHint"), kind: "checkbox" as const }] : []),
      ],
    },
    {
      legend: t("newsAdmin.linksLegend"),
      fields: [
        {
          name: "sessionNumber",
          label: t("newsAdmin.session"),
          kind: "select",
          emptyOption: t("newsAdmin.noSession"),
          options: sessions.map((session) => ({ value: String(session.number), label: `${tsessions("sessionLabel", { number: session.number })} (${formatDate(locale, session.heldOn)})` })),
        },
        { name: "projectSlugs", label: t("newsAdmin.projects"), hint: t("newsAdmin.projectsHint"), kind: "checkboxes", options: projects.map((project) => ({ value: project.slug, ...labelOf(pickText(locale, project.titleFr, project.titleAr)) })) },
      ],
    },
    {
      legend: t("newsAdmin.sourceLegend"),
      intro: t("newsAdmin.sourceIntro"),
      fields: [
        { name: "sourceTitle", label: t("newsAdmin.sourceTitle"), kind: "text", lang: "fr", maxLength: 300 },
        { name: "sourcePublisher", label: t("newsAdmin.sourcePublisher"), kind: "text", lang: "fr", maxLength: 200 },
        { name: "sourceUrl", label: t("newsAdmin.sourceUrl"), hint: t("newsAdmin.sourceUrlHint"), kind: "url" },
        { name: "sourcePublishedOn", label: t("newsAdmin.sourcePublishedOn"), kind: "date" },
      ],
    },
  ];
}

const labelOf = (text: { text: string; lang: Locale; isFallback: boolean }) => ({ label: text.text, ...(text.isFallback ? { lang: text.lang } : {}) });

export function newsFormValues(item: EditableNews | null): Record<string, string> {
  if (!item) return { kind: "ANNOUNCEMENT", publishedOn: dayValue(todayAsDate()) };
  return {
    kind: item.kind,
    titleFr: item.titleFr,
    titleAr: item.titleAr ?? "",
    summaryFr: item.summaryFr,
    summaryAr: item.summaryAr ?? "",
    bodyFr: item.bodyFr,
    bodyAr: item.bodyAr ?? "",
    publishedOn: dayValue(todayAsDate(item.publishedAt)),
    sessionNumber: item.session ? String(item.session.number) : "",
    projectSlugs: item.projects.map((link) => link.project.slug).join(","),
    sourceTitle: item.source?.title ?? "",
    sourcePublisher: item.source?.publisher ?? "",
    sourceUrl: item.source?.url ?? "",
    sourcePublishedOn: dayValue(item.source?.publishedOn),
  };
}
