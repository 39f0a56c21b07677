import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { FormMessages } from "@/components/forms/form-messages";
import { LocaleLink } from "@/components/locale-link";
import { linkClass } from "@/components/space/format";
import { PostBody } from "@/components/space/post-body";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findPostForModeration } from "@/lib/data/space-moderation";
import { isAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { ModerationForm } from "../../../_components/moderation-form";
import { parseId, signInHref } from "../../../_lib/params";
import { ModerationForbidden } from "../../forbidden";
import { PostTime } from "@/components/space/post-time";

type Props = PageProps<"/[locale]/space/moderation/posts/[id]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("moderation.decisionTitle"), robots: { index: false } };
}

/** One post, all its reports and its last decision; the decision form. */
export default async function ModeratePostPage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const postId = parseId(id);
  if (postId === null) notFound();
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(locale, `/space/moderation/posts/${postId}`));
  let post;
  try {
    post = await findPostForModeration(user, postId);
  } catch (error) {
    if (isAppError(error, "FORBIDDEN")) return <ModerationForbidden locale={locale} />;
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
  const t = await getTranslations({ locale, namespace: "space" });
  return (
    <div className="space-y-6">
      <Breadcrumb
        locale={locale}
        trail={[
          { href: "/space", label: t("title") },
          { href: "/space/moderation", label: t("moderation.title") },
        ]}
        current={t("moderation.decisionTitle")}
      />
      <h1 className="text-3xl font-bold text-brand-900">{t("moderation.decisionTitle")}</h1>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("moderation.thread")}</dt>
        <dd>
          <LocaleLink locale={locale} href={`/space/posts/${post.id}`} className={linkClass}>
            <bdi>{post.thread.title}</bdi>
          </LocaleLink>
        </dd>
        <dt className="font-semibold">{t("moderation.author")}</dt>
        <dd>
          <bdi>{post.author.name}</bdi> · <PostTime locale={locale} value={post.createdAt} />
        </dd>
        <dt className="font-semibold">{t("moderation.status")}</dt>
        <dd data-testid="post-status">{t(`moderation.statuses.${post.status}`)}</dd>
        {post.moderationNote && post.moderatedAt && (
          <>
            <dt className="font-semibold">{t("moderation.lastDecision")}</dt>
            <dd>
              <bdi>{post.moderationNote}</bdi> · <PostTime locale={locale} value={post.moderatedAt} />
            </dd>
          </>
        )}
      </dl>
      <section aria-labelledby="body-title" className="rounded border border-slate-300 p-3">
        <h2 id="body-title" className="font-semibold">
          {t("moderation.body")}
        </h2>
        <PostBody body={post.body} />
        {post.versionCount > 1 && (
          <p className="mt-2 text-sm">
            <LocaleLink locale={locale} href={`/space/posts/${post.id}/versions`} className={linkClass}>
              {t("post.versions", { count: post.versionCount })}
            </LocaleLink>
          </p>
        )}
      </section>
      <section aria-labelledby="reports-title" className="space-y-2">
        <h2 id="reports-title" className="text-xl font-semibold text-brand-900">
          {t("moderation.reports", { count: post.reports.length })}
        </h2>
        {post.reports.length > 0 && (
          <ul className="list-disc space-y-1 ps-6">
            {post.reports.map((report) => (
              <li key={report.id}>
                <bdi>{report.reason}</bdi>{" "}
                <span className="text-sm text-slate-700">
                  · <bdi>{report.reporter.name}</bdi> · <PostTime locale={locale} value={report.createdAt} />
                  {report.resolvedAt ? ` · ${t("moderation.resolved")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="decision-title" className="space-y-3">
        <h2 id="decision-title" className="text-xl font-semibold text-brand-900">
          {t("moderation.decision")}
        </h2>
        <FormMessages namespaces={["space"]}>
          <ModerationForm locale={locale} postId={post.id} />
        </FormMessages>
      </section>
    </div>
  );
}
