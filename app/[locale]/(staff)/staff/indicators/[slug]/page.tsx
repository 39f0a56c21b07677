import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findIndicatorForEdit } from "@/lib/data/indicator-edit";
import { orNotFound } from "@/lib/not-found";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { parseSlug } from "@/lib/route-params";
import { ContentForm } from "../../_components/content-form";
import { contentEditor, ForbiddenContent, linkClass, SavedNotice } from "../../_components/content-page";
import { dayValue } from "../../_components/form-spec";
import { addIndicatorValueAction, updateIndicatorTargetAction } from "../actions";
import { targetFormSections, valueFormSections } from "../_components/indicator-form-spec";
import { ValuesTable } from "../_components/values-table";

type Props = PageProps<"/[locale]/staff/indicators/[slug]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("indicatorsAdmin.editTitle") };
}

const notices = ["saved", "added", "removed"] as const;

export default async function EditIndicatorPage({ params, searchParams }: Props) {
  const { locale, slug: raw } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const slug = parseSlug(raw);
  if (slug === null) notFound();
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const indicator = await orNotFound(findIndicatorForEdit(user, slug));
  const query = await searchParams;
  const notice = notices.find((name) => typeof query[name] === "string");
  const stamp = notice ? String(query[notice]) : "loaded";
  const title = pickText(locale, indicator.titleFr, indicator.titleAr).text;
  const unit = pickText(locale, indicator.unitFr, indicator.unitAr).text;
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-3">
        <Breadcrumb locale={locale} trail={[{ label: t("indicatorsAdmin.title"), href: "/staff/indicators" }]} current={title} />
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        <p>
          <Link href={`/indicators/${indicator.slug}`} className={linkClass}>
            {t("content.publicPage")}
          </Link>
        </p>
        {notice && <SavedNotice>{t(`indicatorsAdmin.notice.${notice}`)}</SavedNotice>}
      </div>

      <section aria-labelledby="target-title" className="space-y-4">
        <h2 id="target-title" className="text-2xl font-semibold text-brand-900">
          {t("indicatorsAdmin.targetTitle")}
        </h2>
        <ContentForm
          key={`target-${stamp}`}
          name="indicator-target"
          action={updateIndicatorTargetAction}
          hidden={{ locale, indicator: indicator.slug, loadedAt: indicator.updatedAt.toISOString() }}
          initial={{ targetValue: indicator.targetValue.toString(), targetOn: dayValue(indicator.targetOn) }}
          sections={targetFormSections(t, unit)}
          submitLabel={t("indicatorsAdmin.saveTarget")}
        />
      </section>

      <section aria-labelledby="values-title" className="space-y-4">
        <h2 id="values-title" className="text-2xl font-semibold text-brand-900">
          {t("indicatorsAdmin.valuesTitle")}
        </h2>
        <ValuesTable locale={locale} t={t} indicator={indicator} unit={unit} stamp={stamp} />
      </section>

      <section aria-labelledby="add-value-title" className="space-y-4">
        <h2 id="add-value-title" className="text-2xl font-semibold text-brand-900">
          {t("indicatorsAdmin.addTitle")}
        </h2>
        <ContentForm
          key={`value-${stamp}`}
          name="indicator-value-add"
          action={addIndicatorValueAction}
          hidden={{ locale, indicator: indicator.slug }}
          initial={{}}
          sections={await valueFormSections(locale, t, unit)}
          submitLabel={t("indicatorsAdmin.addValue")}
        />
      </section>
    </div>
  );
}
