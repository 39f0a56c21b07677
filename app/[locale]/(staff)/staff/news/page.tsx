import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import { findStaffNews } from "@/lib/data/news-edit";
import { formatInstant } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { buttonLinkClass, contentEditor, ForbiddenContent, linkClass, tableClass, tdClass, thClass } from "../_components/content-page";
import { publicationState } from "./_components/publication-state";

export async function generateMetadata({ params }: PageProps<"/[locale]/staff/news">): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: "staff" }))("newsAdmin.title") };
}

export default async function StaffNewsPage({ params }: PageProps<"/[locale]/staff/news">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const { user, t, isAllowed } = await contentEditor(locale);
  if (!isAllowed) return <ForbiddenContent t={t} />;
  const items = await findStaffNews(user);
  const now = new Date();
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("newsAdmin.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("newsAdmin.intro")}</p>
      <p>
        <Link href="/staff/news/new" className={buttonLinkClass}>
          {t("newsAdmin.new")}
        </Link>
      </p>
      <div className="overflow-x-auto">
        <table className={tableClass}>
          <caption className="sr-only">{t("newsAdmin.caption")}</caption>
          <thead>
            <tr className="border-b-2 border-slate-400">
              <th scope="col" className={thClass}>{t("newsAdmin.columns.title")}</th>
              <th scope="col" className={thClass}>{t("newsAdmin.columns.kind")}</th>
              <th scope="col" className={thClass}>{t("newsAdmin.columns.date")}</th>
              <th scope="col" className={thClass}>{t("newsAdmin.columns.state")}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id} className="border-b border-slate-200" data-news={item.slug}>
                <th scope="row" className={`${tdClass} min-w-56 text-start font-normal`}>
                  <Link href={`/staff/news/${item.id}`} className={linkClass}>
                    <LocalizedText value={pickText(locale, item.titleFr, item.titleAr)} />
                  </Link>
                </th>
                <td className={tdClass}>{t(`newsAdmin.kinds.${item.kind}`)}</td>
                <td className={`${tdClass} whitespace-nowrap`}>{formatInstant(locale, item.publishedAt, "short")}</td>
                <td className={tdClass}>{t(`newsAdmin.states.${publicationState(item, now)}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
