import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { linkClass, secondaryButtonClass } from "@/components/space/format";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findFollowed } from "@/lib/data/space-subscriptions";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { markReadAction } from "../actions";
import { signInHref } from "../_lib/params";
import { PostTime } from "@/components/space/post-time";

export async function generateMetadata({ params }: PageProps<"/[locale]/space/followed">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("followed.title"), robots: { index: false } };
}

/** The threads and projects this user follows, those with new posts first. */
export default async function FollowedPage({ params }: PageProps<"/[locale]/space/followed">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(locale, "/space/followed"));
  const [t, items] = await Promise.all([getTranslations({ locale, namespace: "space" }), findFollowed(user)]);
  return (
    <div className="space-y-6">
      <Breadcrumb locale={locale} trail={[{ href: "/space", label: t("title") }]} current={t("followed.title")} />
      <h1 className="text-3xl font-bold text-brand-900">{t("followed.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("followed.explained")}</p>
      {items.length === 0 ? (
        <p>{t("followed.none")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200" data-testid="followed">
          {items.map((item) => {
            const href = item.threadId !== null ? `/space/threads/${item.threadId}` : `/space/projects/${item.projectSlug}`;
            const label =
              item.threadId !== null ? (
                <bdi>{item.threadTitle}</bdi>
              ) : (
                <LocalizedText value={pickText(locale, item.projectTitleFr ?? "", item.projectTitleAr)} />
              );
            return (
              <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-3" data-unread={item.unread}>
                <div className="min-w-0 space-y-1">
                  <p className="font-semibold">
                    <span className="me-2 text-sm font-normal text-slate-700">{item.threadId !== null ? t("followed.thread") : t("followed.project")}</span>
                    <LocaleLink locale={locale} href={href} className={linkClass}>
                      {label}
                    </LocaleLink>
                  </p>
                  <p className="text-sm text-slate-700">
                    {item.unread > 0 ? <strong className="text-brand-900">{t("followed.unread", { count: item.unread })}</strong> : t("followed.upToDate")}
                    {item.lastPostAt && (
                      <>
                        {" · "}
                        {t("lastActivity")} <PostTime locale={locale} value={item.lastPostAt} />
                      </>
                    )}
                  </p>
                </div>
                {item.unread > 0 && (
                  <form action={markReadAction}>
                    <input type="hidden" name="locale" value={locale} />
                    <input type="hidden" name="subscriptionId" value={item.id} />
                    <button type="submit" className={secondaryButtonClass}>
                      {t("followed.markRead")}
                      <span className="sr-only"> {item.threadId !== null ? item.threadTitle : pickText(locale, item.projectTitleFr ?? "", item.projectTitleAr).text}</span>
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
