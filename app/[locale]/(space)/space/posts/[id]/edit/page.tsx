import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { FormMessages } from "@/components/forms/form-messages";
import { EDIT_WINDOW_MS, isWithinEditWindow } from "@/lib/data/space-posting";
import type { Locale } from "@/lib/i18n/routing";
import { EditForm } from "../../../_components/edit-form";
import { loadPostForForm } from "../_load";

type Props = PageProps<"/[locale]/space/posts/[id]/edit">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditPostPage({ params }: Props) {
  const { locale, id } = (await params) as { locale: Locale; id: string };
  setRequestLocale(locale);
  const { user, post } = await loadPostForForm(locale, id, "edit");
  const t = await getTranslations({ locale, namespace: "space" });
  const refusal =
    post.authorId !== user.id
      ? t("edit.notYours")
      : post.thread.isLocked
        ? t("lockedExplained")
        : !isWithinEditWindow(post.createdAt)
          ? t("edit.windowClosed", { minutes: EDIT_WINDOW_MS / 60_000 })
          : null;
  return (
    <div className="space-y-6">
      <Breadcrumb
        locale={locale}
        trail={[
          { href: "/space", label: t("title") },
          { href: `/space/threads/${post.thread.id}`, label: <bdi>{post.thread.title}</bdi> },
        ]}
        current={t("editTitle")}
      />
      <h1 className="text-3xl font-bold text-brand-900">{t("editTitle")}</h1>
      {refusal ? (
        <p className="max-w-prose">{refusal}</p>
      ) : (
        <>
          <p className="max-w-prose text-slate-700">{t("edit.explained", { minutes: EDIT_WINDOW_MS / 60_000 })}</p>
          <FormMessages namespaces={["space"]}>
            <EditForm locale={locale} postId={post.id} body={post.body} />
          </FormMessages>
        </>
      )}
    </div>
  );
}
