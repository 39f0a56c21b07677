import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findBodyForEdit } from "@/lib/data/member-edit";
import { orNotFound } from "@/lib/not-found";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { parseSlug } from "@/lib/route-params";
import { ContentForm } from "../../_components/content-form";
import { contentEditor, ForbiddenContent, linkClass, SavedNotice } from "../../_components/content-page";
import { createMemberAction } from "../actions";
import { memberFormSections } from "../_components/member-form-spec";
import { MembersList } from "../_components/members-list";

type Props = PageProps<"/[locale]/staff/governance/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("governanceAdmin.title") };
}

const notices = ["added", "saved", "removed"] as const;

export default async function EditBodyMembersPage({ params, searchParams }: Props) {
  const { locale, slug: raw } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const slug = parseSlug(raw);
  if (slug === null) notFound();
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const body = await orNotFound(findBodyForEdit(user, slug));
  const query = await searchParams;
  const notice = notices.find((name) => typeof query[name] === "string");
  const name = body.acronym ?? pickText(locale, body.nameFr, body.nameAr).text;
  const title = t("governanceAdmin.bodyTitle", { body: name });
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-3">
        <Breadcrumb locale={locale} trail={[{ label: t("governanceAdmin.title"), href: "/staff/governance" }]} current={name} />
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <p>
          <Link href={`/governance/${body.slug}`} className={linkClass}>
            {t("content.publicPage")}
          </Link>
        </p>
        {notice && <SavedNotice>{t(`governanceAdmin.notice.${notice}`)}</SavedNotice>}
      </div>
      <MembersList locale={locale} t={t} bodySlug={body.slug} members={body.members} />
      <section aria-labelledby="add-member-title" className="space-y-4">
        <h2 id="add-member-title" className="text-2xl font-semibold text-brand-900">
          {t("governanceAdmin.addTitle")}
        </h2>
        <ContentForm
          key={notice ? String(query[notice]) : "loaded"}
          name="member-create"
          action={createMemberAction}
          hidden={{ locale, body: body.slug }}
          initial={{}}
          sections={await memberFormSections(locale, t)}
          submitLabel={t("governanceAdmin.add")}
        />
      </section>
    </div>
  );
}
