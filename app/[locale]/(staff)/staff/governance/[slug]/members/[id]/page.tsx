import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findBodyForEdit } from "@/lib/data/member-edit";
import { orNotFound } from "@/lib/not-found";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { parseSessionNumber, parseSlug } from "@/lib/route-params";
import { ContentForm } from "../../../../_components/content-form";
import { contentEditor, ForbiddenContent } from "../../../../_components/content-page";
import { removeMemberAction, updateMemberAction } from "../../../actions";
import { memberFormSections, memberFormValues } from "../../../_components/member-form-spec";

type Props = PageProps<"/[locale]/staff/governance/[slug]/members/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("governanceAdmin.editTitle") };
}

export default async function EditMemberPage({ params }: Props) {
  const { locale, slug: rawSlug, id: rawId } = (await params) as { locale: Locale; slug: string; id: string };
  setRequestLocale(locale);
  const slug = parseSlug(rawSlug);
  const id = parseSessionNumber(rawId); // a positive integer that fits in int4
  if (slug === null || id === null) notFound();
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const body = await orNotFound(findBodyForEdit(user, slug));
  const member = body.members.find((candidate) => candidate.id === id);
  if (!member) notFound();
  const bodyName = body.acronym ?? pickText(locale, body.nameFr, body.nameAr).text;
  const hidden = { locale, body: body.slug, memberId: String(member.id) };
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-3">
        <Breadcrumb
          locale={locale}
          trail={[
            { label: t("governanceAdmin.title"), href: "/staff/governance" },
            { label: bodyName, href: `/staff/governance/${body.slug}` },
          ]}
          current={t("governanceAdmin.editTitle")}
        />
        <h1 className="text-3xl font-bold text-brand-900">{t("governanceAdmin.editTitle")}</h1>
      </div>
      <ContentForm name="member-edit" action={updateMemberAction} hidden={hidden} initial={memberFormValues(member)} sections={await memberFormSections(locale, t)} submitLabel={t("governanceAdmin.save")} />
      <section aria-labelledby="remove-title" className="space-y-3 border-t border-slate-300 pt-6">
        <h2 id="remove-title" className="text-xl font-semibold">
          {t("governanceAdmin.removeTitle")}
        </h2>
        <p className="max-w-prose text-slate-700">{t("governanceAdmin.removeIntro")}</p>
        <ContentForm name="member-remove" action={removeMemberAction} hidden={hidden} initial={{}} sections={[]} submitLabel={t("governanceAdmin.remove")} submitStyle="danger" />
      </section>
    </div>
  );
}
