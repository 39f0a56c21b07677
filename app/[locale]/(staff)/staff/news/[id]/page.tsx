import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { findNewsForEdit } from "@/lib/data/news-edit";
import { formatInstant } from "@/lib/i18n/format";
import { orNotFound } from "@/lib/not-found";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { parseSessionNumber } from "@/lib/route-params";
import { ContentForm } from "../../_components/content-form";
import { contentEditor, ForbiddenContent, linkClass, SavedNotice } from "../../_components/content-page";
import { setNewsPublishedAction, updateNewsAction } from "../actions";
import { newsFormSections, newsFormValues } from "../_components/news-form-spec";
import { publicationState } from "../_components/publication-state";

type Props = PageProps<"/[locale]/staff/news/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("newsAdmin.editTitle") };
}

const notices = ["created", "saved", "published", "unpublished"] as const;

export default async function EditNewsPage({ params, searchParams }: Props) {
  const { locale, id: raw } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const id = parseSessionNumber(raw); // a positive integer that fits in int4, like a session number
  if (id === null) notFound();
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const item = await orNotFound(findNewsForEdit(user, id));
  const query = await searchParams;
  const notice = notices.find((name) => typeof query[name] === "string");
  const stamp = notice ? String(query[notice]) : "loaded";
  const state = publicationState(item, new Date());
  const title = pickText(locale, item.titleFr, item.titleAr).text;
  return (
    <div className="max-w-4xl space-y-8">
      <div className="space-y-3">
        <Breadcrumb locale={locale} trail={[{ label: t("newsAdmin.title"), href: "/staff/news" }]} current={title} />
        <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
        {notice && <SavedNotice>{t(`newsAdmin.notice.${notice}`)}</SavedNotice>}
      </div>

      <section aria-labelledby="publication-title" className="space-y-3 rounded border border-slate-300 bg-slate-50 p-4">
        <h2 id="publication-title" className="text-xl font-semibold text-brand-900">
          {t("newsAdmin.publicationTitle")}
        </h2>
        <p data-publication-state={state}>
          {t(`newsAdmin.stateExplained.${state}`, { date: formatInstant(locale, item.publishedAt) })}{" "}
          {state === "published" && (
            <Link href={`/news/${item.slug}`} className={linkClass}>
              {t("content.publicPage")}
            </Link>
          )}
        </p>
        <ContentForm
          key={`publish-${stamp}`}
          name="news-publication"
          action={setNewsPublishedAction}
          hidden={{ locale, newsId: String(item.id), isPublished: item.isPublished ? "" : "on" }}
          initial={{}}
          sections={[]}
          submitLabel={item.isPublished ? t("newsAdmin.unpublish") : t("newsAdmin.publish")}
          submitStyle={item.isPublished ? "danger" : "primary"}
        />
      </section>

      <ContentForm
        key={`news-${stamp}`}
        name="news-edit"
        action={updateNewsAction}
        hidden={{ locale, newsId: String(item.id), loadedAt: item.updatedAt.toISOString() }}
        initial={newsFormValues(item)}
        sections={await newsFormSections(locale, t, false)}
        submitLabel={t("newsAdmin.save")}
      />
    </div>
  );
}
