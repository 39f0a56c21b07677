import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleLink } from "@/components/locale-link";
import type { ThreadPost } from "@/lib/data/space-threads";
import type { Locale } from "@/lib/i18n/routing";
import { markdownExcerpt } from "@/lib/markdown";
import { isolate, linkClass } from "./format";
import { PostBody } from "./post-body";
import { PostTime } from "@/components/space/post-time";

export type Viewer = { userId: number | null; isModerator: boolean; canReply: boolean; now: Date; editWindowMs: number };

/**
 * One post: author, time, body (or why it is not shown), the quote of the reply it answers,
 * and what this viewer may do with it. Moderators see hidden and removed posts, marked.
 */
export async function PostCard({
  locale,
  post,
  threadId,
  viewer,
  level,
}: {
  locale: Locale;
  post: ThreadPost;
  threadId: number;
  viewer: Viewer;
  level: "top" | "reply";
}) {
  const t = await getTranslations({ locale, namespace: "space" });
  const Heading = level === "top" ? "h3" : "h4";
  const isVisible = post.status === "VISIBLE";
  const isOwn = viewer.userId === post.authorId;
  const isEditable = isOwn && isVisible && viewer.canReply && viewer.now.getTime() - post.createdAt.getTime() <= viewer.editWindowMs;
  const author = post.author.name;
  const sr = (text: string) => <span className="sr-only"> {text}</span>;
  // What this viewer may do here; the actions check it all again on the server.
  const actions: Array<[string, string, ReactNode]> = [];
  if (viewer.canReply && isVisible)
    actions.push([
      "reply",
      `/space/threads/${threadId}/reply?to=${post.id}`,
      <>
        {t("post.reply")}
        {sr(t("post.toAuthor", { author }))}
      </>,
    ]);
  if (viewer.userId !== null && !isOwn && isVisible)
    actions.push([
      "report",
      `/space/posts/${post.id}/report`,
      <>
        {t("post.report")}
        {sr(t("post.ofAuthor", { author }))}
      </>,
    ]);
  if (isEditable) actions.push(["edit", `/space/posts/${post.id}/edit`, t("post.edit")]);
  if ((viewer.isModerator || isOwn) && post.versionCount > 1)
    actions.push([
      "versions",
      `/space/posts/${post.id}/versions`,
      <>
        {t("post.versions", { count: post.versionCount })}
        {sr(t("post.ofAuthor", { author }))}
      </>,
    ]);
  if (viewer.isModerator)
    actions.push([
      "moderate",
      `/space/moderation/posts/${post.id}`,
      <>
        {post.openReportCount > 0 ? t("post.moderateReported", { count: post.openReportCount }) : t("post.moderate")}
        {sr(t("post.ofAuthor", { author }))}
      </>,
    ]);
  return (
    <article id={`post-${post.id}`} aria-labelledby={`post-${post.id}-author`} className="scroll-mt-4 space-y-2" data-post-status={post.status}>
      <header className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <Heading id={`post-${post.id}-author`} className="font-semibold">
          <bdi>{author}</bdi>
          {post.author.role !== "STAKEHOLDER" && (
            <span className="ms-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs font-semibold text-brand-900">{t("staffBadge")}</span>
          )}
        </Heading>
        <p className="text-sm text-slate-700">
          <PostTime locale={locale} value={post.createdAt} />
          {post.editedAt && <> · {t("edited")}</>}
        </p>
      </header>
      {!isVisible && (
        <p className="rounded border border-slate-300 bg-slate-50 p-2 italic text-slate-800">
          {post.status === "REMOVED" ? t("post.removed") : t("post.hidden")}
        </p>
      )}
      {(isVisible || viewer.isModerator) && (
        <div className={isVisible ? "" : "border-s-4 border-amber-500 ps-3"}>
          {post.quotedPost && (
            <blockquote className="mb-2 border-s-4 border-slate-300 bg-slate-50 px-3 py-2 text-sm">
              <p className="font-semibold">
                <LocaleLink locale={locale} href={`/space/posts/${post.quotedPost.id}`} className={linkClass}>
                  {t("post.quoteOf", { author: isolate(post.quotedPost.author.name) })}
                </LocaleLink>
              </p>
              <p dir="auto" className="mt-1 text-slate-800">
                {post.quotedPost.status === "VISIBLE" ? markdownExcerpt(post.quotedPost.body, 300) : t("post.quoteUnavailable")}
              </p>
            </blockquote>
          )}
          <PostBody body={post.body} />
        </div>
      )}
      {viewer.isModerator && post.moderationNote && (
        <p className="text-sm text-slate-700">
          {t("post.moderationNote")} <bdi>{post.moderationNote}</bdi>
        </p>
      )}
      {actions.length > 0 && (
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {actions.map(([key, href, label]) => (
            <li key={key}>
              <LocaleLink locale={locale} href={href} className={`${linkClass} inline-block py-1`}>
                {label}
              </LocaleLink>
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
