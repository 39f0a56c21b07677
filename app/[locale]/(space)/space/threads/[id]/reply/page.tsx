import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { FormMessages } from "@/components/forms/form-messages";
import { isolate } from "@/components/space/format";
import { PostBody } from "@/components/space/post-body";
import { getCurrentUser } from "@/lib/auth/current-user";
import { canModerate } from "@/lib/data/space-access";
import { findPostForForm, findThreadForReply } from "@/lib/data/space-threads";
import { isAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { ReplyForm } from "../../../_components/reply-form";
import { parseId, signInHref } from "../../../_lib/params";
import { PostTime } from "@/components/space/post-time";

type Props = PageProps<"/[locale]/space/threads/[id]/reply">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("replyTitle"), robots: { index: false } };
}

/** Replying to one post: the post above, the form below (the thread page has the general reply form). */
export default async function ReplyPage({ params, searchParams }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const threadId = parseId(id);
  const { to } = await searchParams;
  const toId = to === undefined ? null : parseId(to);
  if (threadId === null || (to !== undefined && toId === null)) notFound();
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(locale, `/space/threads/${threadId}/reply${toId ? `?to=${toId}` : ""}`));
  let thread, target;
  try {
    thread = await findThreadForReply(user, threadId);
    target = toId === null ? null : await findPostForForm(user, toId, "space.post.read");
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
  if (target && target.thread.id !== thread.id) notFound();
  const t = await getTranslations({ locale, namespace: "space" });
  const isClosed = thread.isLocked && !canModerate(user);
  return (
    <div className="space-y-6">
      <Breadcrumb
        locale={locale}
        trail={[
          { href: "/space", label: t("title") },
          { href: `/space/threads/${thread.id}`, label: <bdi>{thread.title}</bdi> },
        ]}
        current={t("replyTitle")}
      />
      <h1 className="text-3xl font-bold text-brand-900">{t("replyTitle")}</h1>
      {target && (
        <section aria-labelledby="target-title" className="rounded border border-slate-300 bg-slate-50 p-3">
          <h2 id="target-title" className="font-semibold">
            {t("replyingTo", { author: isolate(target.author.name) })}{" "}
            <span className="text-sm font-normal text-slate-700">
              <PostTime locale={locale} value={target.createdAt} />
            </span>
          </h2>
          <PostBody body={target.body} />
          {target.parentId !== null && <p className="text-sm text-slate-700">{t("replyQuotes")}</p>}
        </section>
      )}
      {isClosed ? (
        <p>{t("lockedExplained")}</p>
      ) : (
        <FormMessages namespaces={["space"]}>
          <ReplyForm locale={locale} threadId={thread.id} to={target?.id ?? null} label={t("form.yourReply")} />
        </FormMessages>
      )}
    </div>
  );
}
