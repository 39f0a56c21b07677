import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { FormMessages } from "@/components/forms/form-messages";
import { isolate } from "@/components/space/format";
import { PostBody } from "@/components/space/post-body";
import { hasReported } from "@/lib/data/space-reports";
import type { Locale } from "@/lib/i18n/routing";
import { ReportForm } from "../../../_components/report-form";
import { loadPostForForm } from "../_load";
import { PostTime } from "@/components/space/post-time";

type Props = PageProps<"/[locale]/space/posts/[id]/report">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("reportTitle"), robots: { index: false } };
}

export default async function ReportPostPage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const { user, post } = await loadPostForForm(locale, id, "report");
  const [t, alreadyReported] = await Promise.all([getTranslations({ locale, namespace: "space" }), hasReported(user, post.id)]);
  const refusal = post.authorId === user.id ? t("errors.ownPost") : alreadyReported ? t("errors.alreadyReported") : null;
  return (
    <div className="space-y-6">
      <Breadcrumb
        locale={locale}
        trail={[
          { href: "/space", label: t("title") },
          { href: `/space/threads/${post.thread.id}`, label: <bdi>{post.thread.title}</bdi> },
        ]}
        current={t("reportTitle")}
      />
      <h1 className="text-3xl font-bold text-brand-900">{t("reportTitle")}</h1>
      <section aria-labelledby="reported-title" className="rounded border border-slate-300 bg-slate-50 p-3">
        <h2 id="reported-title" className="font-semibold">
          {t("reportedPost", { author: isolate(post.author.name) })}{" "}
          <span className="text-sm font-normal text-slate-700">
            <PostTime locale={locale} value={post.createdAt} />
          </span>
        </h2>
        <PostBody body={post.body} />
      </section>
      {refusal ? (
        <p className="max-w-prose font-semibold">{refusal}</p>
      ) : (
        <>
          <p className="max-w-prose text-slate-700">{t("report.explained")}</p>
          <FormMessages namespaces={["space"]}>
            <ReportForm locale={locale} postId={post.id} />
          </FormMessages>
        </>
      )}
    </div>
  );
}
