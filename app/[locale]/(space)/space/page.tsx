import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { linkClass } from "@/components/space/format";
import { RestrictedBadge } from "@/components/space/restricted-badge";
import { SearchForm } from "@/components/space/search-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findSpaceCategories } from "@/lib/data/space-categories";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { PostTime } from "@/components/space/post-time";

export async function generateMetadata({ params }: PageProps<"/[locale]/space">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("title"), description: t("intro") };
}

export default async function SpacePage({ params }: PageProps<"/[locale]/space">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await getCurrentUser();
  const [t, categories] = await Promise.all([getTranslations({ locale, namespace: "space" }), findSpaceCategories(user)]);
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumb locale={locale} trail={[]} current={t("title")} />
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="mt-2 max-w-prose text-lg">{t("intro")}</p>
        <p className="mt-2 max-w-prose text-slate-700">
          {user ? (user.role === "STAKEHOLDER" ? t("audience.stakeholder") : t("audience.staff")) : t("audience.public")}
        </p>
      </div>
      <SearchForm locale={locale} query="" label={t("search.label")} button={t("search.submit")} />
      <section aria-labelledby="categories-title" className="space-y-3">
        <h2 id="categories-title" className="text-2xl font-semibold text-brand-900">
          {t("categories")}
        </h2>
        <ul className="grid gap-4 md:grid-cols-2">
          {categories.map((category) => (
            <li key={category.id} className="space-y-2 rounded border border-slate-300 p-4">
              <h3 className="text-lg font-semibold">
                <LocaleLink locale={locale} href={`/space/categories/${category.slug}`} className={linkClass}>
                  <LocalizedText value={pickText(locale, category.titleFr, category.titleAr)} />
                </LocaleLink>
              </h3>
              {!category.isPublic && <RestrictedBadge label={t("restricted")} />}
              {category.descriptionFr && (
                <LocalizedText as="p" className="text-slate-800" value={pickText(locale, category.descriptionFr, category.descriptionAr)} />
              )}
              <p className="text-sm text-slate-700">
                {t("threadCount", { count: category.threadCount })}
                {category.lastPostAt && (
                  <>
                    {" · "}
                    {t("lastActivity")} <PostTime locale={locale} value={category.lastPostAt} />
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
