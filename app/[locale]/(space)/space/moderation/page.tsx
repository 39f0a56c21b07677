import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { LocaleLink } from "@/components/locale-link";
import { LocalizedText } from "@/components/localized-text";
import { Pagination } from "@/components/pagination";
import { isolate, linkClass } from "@/components/space/format";
import { RestrictedBadge } from "@/components/space/restricted-badge";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findModerationQueue, QUEUE_PAGE_SIZE } from "@/lib/data/space-moderation";
import { REPORTS_TO_HIDE } from "@/lib/data/space-reports";
import { isAppError } from "@/lib/errors";
import { pickText } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { markdownExcerpt } from "@/lib/markdown";
import { parsePageParam } from "@/lib/route-params";
import { paginationLabels } from "../_lib/labels";
import { signInHref } from "../_lib/params";
import { ModerationForbidden } from "./forbidden";
import { PostTime } from "@/components/space/post-time";

export async function generateMetadata({ params }: PageProps<"/[locale]/space/moderation">): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "space" });
  return { title: t("moderation.title"), robots: { index: false } };
}

export default async function ModerationQueuePage({ params, searchParams }: PageProps<"/[locale]/space/moderation">) {
  const { locale } = (await params) as { locale: Locale };
  setRequestLocale(locale);
  const query = await searchParams;
  const page = parsePageParam(query.page);
  if (page === null) notFound();
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(locale, "/space/moderation"));
  let queue;
  try {
    queue = await findModerationQueue(user, page);
  } catch (error) {
    if (isAppError(error, "FORBIDDEN")) return <ModerationForbidden locale={locale} />;
    throw error;
  }
  const t = await getTranslations({ locale, namespace: "space" });
  const done = query.done === "restore" || query.done === "remove" ? query.done : null;
  return (
    <div className="space-y-6">
      <Breadcrumb locale={locale} trail={[{ href: "/space", label: t("title") }]} current={t("moderation.title")} />
      <h1 className="text-3xl font-bold text-brand-900">{t("moderation.title")}</h1>
      <p className="max-w-prose text-slate-700">{t("moderation.explained", { count: REPORTS_TO_HIDE })}</p>
      {done && (
        <p role="status" className="rounded border-2 border-emerald-700 bg-emerald-50 p-3 font-semibold text-emerald-900">
          {t(`moderation.done.${done}`)}
        </p>
      )}
      {queue.items.length === 0 ? (
        <p>{t("moderation.empty")}</p>
      ) : (
        <ol className="space-y-4" data-testid="queue">
          {queue.items.map((item) => (
            <li key={item.id} className="space-y-2 rounded border border-slate-300 p-3 sm:p-4" data-post-id={item.id}>
              <h2 className="flex flex-wrap items-center gap-2 text-lg font-semibold">
                <span
                  className={`rounded border px-2 py-0.5 text-xs font-semibold ${item.status === "VISIBLE" ? "border-slate-400 bg-slate-100 text-slate-800" : "border-red-300 bg-red-50 text-red-800"}`}
                >
                  {item.status === "VISIBLE" ? t("moderation.reported") : t("moderation.hidden")}
                </span>
                <bdi className="min-w-0 break-words">{item.thread.title}</bdi>
              </h2>
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
                <LocalizedText value={pickText(locale, item.thread.category.titleFr, item.thread.category.titleAr)} />
                {!item.thread.category.isPublic && <RestrictedBadge label={t("restricted")} />}
                <span>
                  · <bdi>{item.author.name}</bdi> · <PostTime locale={locale} value={item.createdAt} />
                </span>
              </p>
              <p dir="auto" className="border-s-4 border-slate-300 ps-3 text-slate-800">
                {markdownExcerpt(item.body, 300)}
              </p>
              {item.reports.length === 0 ? (
                <p className="text-sm">{t("moderation.reports", { count: 0 })}</p>
              ) : (
                <details className="text-sm">
                  <summary className="cursor-pointer font-medium">{t("moderation.reports", { count: item.reports.length })}</summary>
                  <ul className="mt-2 list-disc space-y-1 ps-6">
                    {item.reports.map((report) => (
                      <li key={report.id}>
                        <bdi>{report.reason}</bdi>{" "}
                        <span className="text-slate-700">
                          (<bdi>{report.reporter.name}</bdi>)
                        </span>
                      </li>
                    ))}
                  </ul>
                </details>
              )}
              <p>
                <LocaleLink locale={locale} href={`/space/moderation/posts/${item.id}`} className={`${linkClass} font-semibold`}>
                  {t("moderation.decide")}
                  <span className="sr-only"> {t("post.ofAuthor", { author: isolate(item.author.name) })}</span>
                </LocaleLink>
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination
        page={page}
        pageCount={Math.max(1, Math.ceil(queue.total / QUEUE_PAGE_SIZE))}
        hrefFor={(target) => `/${locale}/space/moderation${target > 1 ? `?page=${target}` : ""}`}
        labels={paginationLabels(t)}
      />
    </div>
  );
}
