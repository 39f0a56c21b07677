import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { findPublicCategoryFeed } from "@/lib/data/space-feed";
import { publicBaseUrl } from "@/lib/env";
import { pickText } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/routing";
import { markdownExcerpt } from "@/lib/markdown";
import { latestUpdate, renderAtomFeed } from "@/lib/open-data/atom";
import { errorResponse, handleOpenData, OPEN_DATA_HEADERS } from "@/lib/open-data/http";
import { parseSlug } from "@/lib/route-params";

/**
 * The latest posts of a public category as Atom 1.0. The feed never reads the session: a
 * category that is not public has no feed, for anyone, so a feed reader or a shared cache
 * can never hold a restricted post.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/space/categories/[slug]/feed.xml">) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !parseSlug(slug)) return errorResponse(404, "not_found", "No such feed.");
  return handleOpenData(`GET /${locale}/space/categories/${slug}/feed.xml`, async () => {
    await connection();
    const feed = await findPublicCategoryFeed(slug);
    if (!feed) return errorResponse(404, "not_found", "No such feed: only public categories have one.");
    const [t, tMeta] = await Promise.all([getTranslations({ locale, namespace: "space" }), getTranslations({ locale, namespace: "meta" })]);
    const base = publicBaseUrl();
    const title = pickText(locale, feed.category.titleFr, feed.category.titleAr).text;
    const entries = feed.posts.map((post) => {
      const url = `${base}/${locale}/space/posts/${post.id}`;
      // The language of a post is not recorded: its text is marked with the feed's language.
      const lang = locale;
      return {
        id: url,
        title: { text: t("feed.entryTitle", { author: post.author.name, thread: post.thread.title }), lang },
        summary: { text: markdownExcerpt(post.body, 600), lang },
        url,
        published: post.createdAt,
        updated: post.editedAt ?? post.createdAt,
      };
    });
    const selfUrl = `${base}/${locale}/space/categories/${slug}/feed.xml`;
    const xml = renderAtomFeed({
      lang: locale,
      id: selfUrl,
      title: `${title} · ${t("title")} · ${tMeta("siteName")}`,
      subtitle: feed.category.descriptionFr ? pickText(locale, feed.category.descriptionFr, feed.category.descriptionAr).text : t("intro"),
      selfUrl,
      pageUrl: `${base}/${locale}/space/categories/${slug}`,
      authorName: tMeta("siteName"),
      authorUri: `${base}/${locale}/space`,
      rights: t("feed.rights"),
      updated: latestUpdate(entries, new Date()),
      entries,
    });
    return new Response(xml, { headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/atom+xml; charset=utf-8" } });
  });
}
