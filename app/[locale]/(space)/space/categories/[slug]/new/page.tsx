import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { FormMessages } from "@/components/forms/form-messages";
import { LocalizedText } from "@/components/localized-text";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findLinkChoices, findReadableCategory } from "@/lib/data/space-categories";
import { isAppError } from "@/lib/errors";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { parseSlug } from "@/lib/route-params";
import { ThreadForm } from "../../../_components/thread-form";
import { signInHref } from "../../../_lib/params";

type Props = PageProps<"/[locale]/space/categories/[slug]/new">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("newThread"), robots: { index: false } };
}

export default async function NewThreadPage({ params, searchParams }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  if (!parseSlug(slug)) notFound();
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(locale, `/space/categories/${slug}/new`));
  let category;
  try {
    category = await findReadableCategory(user, slug);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
  const [t, choices] = await Promise.all([
    getTranslations({ locale, namespace: "space" }),
    category.projectId === null || category.sessionId === null ? findLinkChoices() : null,
  ]);
  const { project } = await searchParams;
  const title = pickText(locale, category.titleFr, category.titleAr);
  return (
    <div className="space-y-6">
      <Breadcrumb
        locale={locale}
        trail={[
          { href: "/space", label: t("title") },
          { href: `/space/categories/${category.slug}`, label: <LocalizedText value={title} /> },
        ]}
        current={t("newThread")}
      />
      <h1 className="text-3xl font-bold text-brand-900">{t("newThread")}</h1>
      <p className="max-w-prose text-slate-700">{category.isPublic ? t("form.publicNotice") : t("form.restrictedNotice")}</p>
      <FormMessages namespaces={["space"]}>
        <ThreadForm
          locale={locale}
          category={category.slug}
          projects={
            category.projectId === null && choices ? choices.projects.map((p) => ({ value: p.slug, label: pickText(locale, p.titleFr, p.titleAr).text })) : null
          }
          sessions={
            category.sessionId === null && choices
              ? choices.sessions.map((s) => ({
                  value: String(s.number),
                  label: t("form.sessionOption", { number: s.number, date: formatDate(locale, s.heldOn) }),
                }))
              : null
          }
          initialProject={typeof project === "string" && parseSlug(project) ? project : ""}
        />
      </FormMessages>
    </div>
  );
}
