import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { buttonClass, isolate, linkClass, secondaryButtonClass } from "@/components/space/format";
import { LockedBadge } from "@/components/space/restricted-badge";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findProjectDiscussions } from "@/lib/data/space-categories";
import { isAppError } from "@/lib/errors";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { parseSlug } from "@/lib/route-params";
import { followAction } from "../../actions";
import { signInHref } from "../../_lib/params";
import { PostTime } from "@/components/space/post-time";

type Props = PageProps<"/[locale]/space/projects/[slug]">;

const load = cache(async (slug: string) => {
  if (!parseSlug(slug)) return null;
  try {
    return await findProjectDiscussions(await getCurrentUser(), slug);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const [t, data] = await Promise.all([getTranslations({ locale, namespace: "space" }), load(slug)]);
  if (!data) return {};
  return { title: t("project.title", { project: pickText(locale, data.project.titleFr, data.project.titleAr).text }) };
}

/** Every discussion linked to a project that this visitor may read, and following the project. */
export default async function ProjectDiscussionsPage({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  setRequestLocale(locale);
  const data = await load(slug);
  if (!data) notFound();
  const [t, user] = await Promise.all([getTranslations({ locale, namespace: "space" }), getCurrentUser()]);
  const projectTitle = pickText(locale, data.project.titleFr, data.project.titleAr);
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumb locale={locale} trail={[{ href: "/space", label: t("title") }]} current={<LocalizedText value={projectTitle} />} />
        <h1 className="text-3xl font-bold text-brand-900">
          {t("project.heading")} <LocalizedText value={projectTitle} />
        </h1>
        <p className="mt-2">
          <LocaleLink locale={locale} href={`/projects/${data.project.slug}`} className={linkClass}>
            {t("project.publicPage")}
          </LocaleLink>
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        {user ? (
          <>
            {data.newThreadCategory && (
              <LocaleLink locale={locale} href={`/space/categories/${data.newThreadCategory}/new?project=${data.project.slug}`} className={buttonClass}>
                {t("project.start")}
              </LocaleLink>
            )}
            <form action={followAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="target" value="project" />
              <input type="hidden" name="project" value={data.project.slug} />
              <input type="hidden" name="follow" value={data.isFollowing ? "0" : "1"} />
              <button type="submit" className={secondaryButtonClass}>
                {data.isFollowing ? t("project.unfollow") : t("project.follow")}
              </button>
            </form>
          </>
        ) : (
          <a href={signInHref(locale, `/space/projects/${data.project.slug}`)} className={linkClass}>
            {t("signInToPost")}
          </a>
        )}
      </div>
      {data.threads.length === 0 ? (
        <p>{t("linked.noneForProject")}</p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200" data-testid="threads">
          {data.threads.map((thread) => (
            <li key={thread.id} className="space-y-1 py-3">
              <p className="flex flex-wrap items-center gap-2">
                <LocaleLink locale={locale} href={`/space/threads/${thread.id}`} className={`${linkClass} text-lg font-semibold`}>
                  <bdi>{thread.title}</bdi>
                </LocaleLink>
                {thread.isLocked && <LockedBadge label={t("locked")} />}
              </p>
              <p className="text-sm text-slate-700">
                {t("threadMeta", { author: isolate(thread.author.name), count: thread.postCount })} · {t("lastActivity")}{" "}
                <PostTime locale={locale} value={thread.lastPostAt} />
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
