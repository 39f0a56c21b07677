import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findOrganizationForEdit } from "@/lib/data/organization-edit";
import { orNotFound } from "@/lib/not-found";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { parseSlug } from "@/lib/route-params";
import { ContentForm } from "../../_components/content-form";
import { bilingualLabels, contentEditor, ForbiddenContent, linkClass, SavedNotice } from "../../_components/content-page";
import { bilingualFields } from "../../_components/form-spec";
import { updateOrganizationAction } from "../actions";

type Props = PageProps<"/[locale]/staff/organizations/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("organizationsAdmin.editTitle") };
}

export default async function EditOrganizationPage({ params, searchParams }: Props) {
  const { locale, slug: raw } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const slug = parseSlug(raw);
  if (slug === null) notFound();
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const organization = await orNotFound(findOrganizationForEdit(user, slug));
  const { saved } = await searchParams;
  const title = pickText(locale, organization.nameFr, organization.nameAr).text;
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumb locale={locale} trail={[{ label: t("organizationsAdmin.title"), href: "/staff/organizations" }]} current={title} />
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p>
        <Link href={`/organizations/${organization.slug}`} className={linkClass}>
          {t("content.publicPage")}
        </Link>
      </p>
      {typeof saved === "string" && <SavedNotice>{t("organizationsAdmin.saved")}</SavedNotice>}
      <ContentForm
        key={typeof saved === "string" ? saved : "loaded"}
        name="organization-edit"
        action={updateOrganizationAction}
        hidden={{ locale, organization: organization.slug, loadedAt: organization.updatedAt.toISOString() }}
        initial={{ nameFr: organization.nameFr, nameAr: organization.nameAr ?? "", acronym: organization.acronym ?? "", websiteUrl: organization.websiteUrl ?? "" }}
        sections={[
          {
            fields: [
              ...bilingualFields("name", bilingualLabels(t, t("organizationsAdmin.name")), { maxLength: 200 }),
              { name: "acronym", label: t("organizationsAdmin.acronym"), hint: t("organizationsAdmin.acronymHint"), kind: "text", lang: "fr", maxLength: 30 },
              { name: "websiteUrl", label: t("organizationsAdmin.websiteUrl"), hint: t("organizationsAdmin.websiteUrlHint"), kind: "url" },
            ],
          },
        ]}
        submitLabel={t("organizationsAdmin.save")}
      />
    </div>
  );
}
