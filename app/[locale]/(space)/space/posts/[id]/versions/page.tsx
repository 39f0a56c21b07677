import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { isolate } from "@/components/space/format";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findPostVersions } from "@/lib/data/space-moderation";
import { isAppError } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/routing";
import { parseId, signInHref } from "../../../_lib/params";
import { PostTime } from "@/components/space/post-time";

type Props = PageProps<"/[locale]/space/posts/[id]/versions">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("versions.title"), robots: { index: false } };
}

/** Every version of a post as typed (plain text, not rendered): for moderators and the author. */
export default async function PostVersionsPage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const postId = parseId(id);
  if (postId === null) notFound();
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(locale, `/space/posts/${postId}/versions`));
  const t = await getTranslations({ locale, namespace: "space" });
  let data;
  try {
    data = await findPostVersions(user, postId);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    if (isAppError(error, "FORBIDDEN")) {
      return (
        <div className="space-y-4">
          <h1 className="text-3xl font-bold text-brand-900">{t("forbidden.title")}</h1>
          <p>{t("versions.forbidden")}</p>
        </div>
      );
    }
    throw error;
  }
  const { post, versions } = data;
  return (
    <div className="space-y-6">
      <Breadcrumb
        locale={locale}
        trail={[
          { href: "/space", label: t("title") },
          { href: `/space/threads/${post.threadId}`, label: <bdi>{post.thread.title}</bdi> },
        ]}
        current={t("versions.title")}
      />
      <h1 className="text-3xl font-bold text-brand-900">{t("versions.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("versions.explained", { author: isolate(post.author.name) })}</p>
      <ol className="space-y-4">
        {versions.map((version, index) => (
          <li key={version.id} className="rounded border border-slate-300 p-3">
            <h2 className="font-semibold">
              {index === 0 ? t("versions.original") : t("versions.edit", { number: index })}{" "}
              <span className="text-sm font-normal text-slate-700">
                <PostTime locale={locale} value={version.createdAt} />
                {version.editor ? ` · ${version.editor.name}` : ""}
              </span>
            </h2>
            <pre dir="auto" className="mt-2 font-sans break-words whitespace-pre-wrap">
              {version.body}
            </pre>
          </li>
        ))}
      </ol>
    </div>
  );
}
