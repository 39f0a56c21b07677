import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { FormMessages } from "@/components/forms/form-messages";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { Pagination } from "@/components/pagination";
import { isolate, linkClass, secondaryButtonClass } from "@/components/space/format";
import { PostCard, type Viewer } from "@/components/space/post-card";
import { LockedBadge, RestrictedBadge } from "@/components/space/restricted-badge";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canModerate } from "@/lib/data/space-access";
import { EDIT_WINDOW_MS } from "@/lib/data/space-posting";
import { findThreadPage } from "@/lib/data/space-threads";
import { isAppError } from "@/lib/errors";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { parsePageParam } from "@/lib/route-params";
import { followAction } from "../../actions";
import { ReplyForm } from "../../_components/reply-form";
import { paginationLabels } from "../../_lib/labels";
import { parseId, signInHref } from "../../_lib/params";
import { lockThreadAction } from "../../moderation/actions";

type Props = PageProps<"/[locale]/space/threads/[id]">;

const load = cache(async function load(rawId: string, page: number | null) {
  const id = parseId(rawId);
  if (id === null || page === null) return null;
  try {
    return await findThreadPage(await getCurrentUser(), id, page);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) return null;
    throw error;
  }
});

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  const data = await load(id, parsePageParam((await searchParams).page));
  const t = await getTranslations({ locale, namespace: "space" });
  if (!data) return {};
  return { title: data.isHidden ? t("hiddenThread.title") : data.thread.title };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const query = await searchParams;
  const data = await load(id, parsePageParam(query.page));
  if (!data) notFound();
  const [t, user] = await Promise.all([getTranslations({ locale, namespace: "space" }), getCurrentUser()]);
  const { thread, posts, page, pageCount } = data;
  const categoryTitle = pickText(locale, thread.category.titleFr, thread.category.titleAr);
  const trail = [
    { href: "/space", label: t("title") },
    { href: `/space/categories/${thread.category.slug}`, label: <LocalizedText value={categoryTitle} /> },
  ];
  if (data.isHidden) {
    return (
      <div className="space-y-4">
        <Breadcrumb locale={locale} trail={trail} current={t("hiddenThread.title")} />
        <h1 className="text-3xl font-bold text-brand-900">{t("hiddenThread.title")}</h1>
        <p className="max-w-prose">{t("hiddenThread.text")}</p>
      </div>
    );
  }
  const isModerator = canModerate(user);
  const viewer: Viewer = {
    userId: user?.id ?? null,
    isModerator,
    canReply: user !== null && (!thread.isLocked || isModerator),
    now: new Date(),
    editWindowMs: EDIT_WINDOW_MS,
  };
  const flash = (["posted", "edited", "reported"] as const).find((flag) => query[flag] === "1");
  return (
    <div className="space-y-6">
      <div>
        <Breadcrumb locale={locale} trail={trail} current={<bdi>{thread.title}</bdi>} />
        <h1 className="text-3xl font-bold break-words text-brand-900" dir="auto">
          {thread.title}
        </h1>
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700">
          {!thread.category.isPublic && <RestrictedBadge label={t("restricted")} />}
          {thread.isLocked && <LockedBadge label={t("locked")} />}
          {thread.status !== "VISIBLE" && <LockedBadge label={t("hiddenThread.badge")} />}
          {thread.project && (
            <span>
              {t("aboutProject")}{" "}
              <LocaleLink locale={locale} href={`/projects/${thread.project.slug}`} className={linkClass}>
                <LocalizedText value={pickText(locale, thread.project.titleFr, thread.project.titleAr)} />
              </LocaleLink>
            </span>
          )}
          {thread.session && (
            <LocaleLink locale={locale} href={`/sessions/${thread.session.number}`} className={linkClass}>
              {t("aboutSession", { number: thread.session.number })}
            </LocaleLink>
          )}
        </div>
        {user && (
          <div className="mt-3 flex flex-wrap gap-3">
            <form action={followAction}>
              <input type="hidden" name="locale" value={locale} />
              <input type="hidden" name="target" value="thread" />
              <input type="hidden" name="threadId" value={thread.id} />
              <input type="hidden" name="follow" value={data.isFollowing ? "0" : "1"} />
              <button type="submit" className={secondaryButtonClass}>
                {data.isFollowing ? t("unfollowThread") : t("followThread")}
              </button>
            </form>
            {isModerator && (
              <form action={lockThreadAction}>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="threadId" value={thread.id} />
                <input type="hidden" name="locked" value={thread.isLocked ? "0" : "1"} />
                <button type="submit" className={secondaryButtonClass}>
                  {thread.isLocked ? t("unlockThread") : t("lockThread")}
                </button>
              </form>
            )}
          </div>
        )}
      </div>
      {flash && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-900">
          {t(`flash.${flash}`)}
        </p>
      )}
      <section aria-labelledby="posts-title" className="space-y-4">
        <h2 id="posts-title" className="sr-only">
          {t("posts")}
        </h2>
        <ol className="space-y-4">
          {posts.map((post) => (
            <li key={post.id} className="rounded border border-slate-300 p-3 sm:p-4">
              {post.isContinued ? (
                <p className="font-semibold">
                  <LocaleLink locale={locale} href={`/space/posts/${post.id}`} className={linkClass}>
                    {t("continuedReplies", { author: isolate(post.author.name) })}
                  </LocaleLink>
                </p>
              ) : (
                <PostCard locale={locale} post={post} threadId={thread.id} viewer={viewer} level="top" />
              )}
              {post.replies.length > 0 && (
                <section aria-label={t("repliesTo", { author: isolate(post.author.name) })} className="mt-3">
                  <ol className="space-y-3 border-s-4 border-brand-100 ps-3 sm:ms-4 sm:ps-4">
                    {post.replies.map((reply) => (
                      <li key={reply.id}>
                        <PostCard locale={locale} post={reply} threadId={thread.id} viewer={viewer} level="reply" />
                      </li>
                    ))}
                  </ol>
                </section>
              )}
            </li>
          ))}
        </ol>
        <Pagination
          page={page}
          pageCount={pageCount}
          hrefFor={(target) => `/${locale}/space/threads/${thread.id}${target > 1 ? `?page=${target}` : ""}`}
          labels={paginationLabels(t)}
        />
      </section>
      <section aria-labelledby="reply-title" className="space-y-3 border-t border-slate-300 pt-4">
        <h2 id="reply-title" className="text-2xl font-semibold text-brand-900">
          {t("replyToThread")}
        </h2>
        {!user ? (
          <p>
            <a href={signInHref(locale, `/space/threads/${thread.id}`)} className={linkClass}>
              {t("signInToReply")}
            </a>
          </p>
        ) : viewer.canReply ? (
          <FormMessages namespaces={["space"]}>
            <ReplyForm locale={locale} threadId={thread.id} to={null} label={t("form.yourReply")} />
          </FormMessages>
        ) : (
          <p>{t("lockedExplained")}</p>
        )}
      </section>
    </div>
  );
}
