import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findDecisionForEdit } from "@/lib/data/decision-edit";
import type { Locale } from "@/lib/i18n/routing";
import { parseSessionNumber } from "@/lib/route-params";
import { orNotFound } from "@/lib/not-found";
import { ContentForm } from "../../../../_components/content-form";
import { contentEditor, ForbiddenContent } from "../../../../_components/content-page";
import { decisionFormSections, decisionFormValues } from "../../../_components/decision-form-spec";
import { updateDecisionAction } from "../actions";

type Props = PageProps<"/[locale]/staff/sessions/[number]/decisions/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("sessionsAdmin.decisionEditHeading") };
}

export default async function EditDecisionPage({ params }: Props) {
  const { locale, number: rawNumber, id: rawId } = (await params) as { locale: Locale; number: string; id: string };
  setRequestLocale(locale);
  const number = parseSessionNumber(rawNumber);
  const id = parseSessionNumber(rawId); // the same rule: a positive integer that fits in int4
  if (number === null || id === null) notFound();
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const decision = await orNotFound(findDecisionForEdit(user, number, id));
  const title = t("sessionsAdmin.decisionEditTitle", { number, position: decision.position });
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumb
        locale={locale}
        trail={[
          { label: t("sessionsAdmin.title"), href: "/staff/sessions" },
          { label: t("sessionsAdmin.editTitle", { number }), href: `/staff/sessions/${number}` },
        ]}
        current={title}
      />
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <ContentForm
        name="decision-edit"
        action={updateDecisionAction}
        hidden={{ locale, number: String(number), decisionId: String(decision.id), loadedAt: decision.updatedAt.toISOString() }}
        initial={decisionFormValues(decision)}
        sections={await decisionFormSections(locale, t)}
        submitLabel={t("sessionsAdmin.saveDecision")}
      />
    </div>
  );
}
