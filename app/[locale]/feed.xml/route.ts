import { getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { findNewsForFeed } from "@/lib/data/open-data";
import { publicBaseUrl } from "@/lib/env";
import { pickText } from "@/lib/i18n/localized";
import { isLocale } from "@/lib/i18n/routing";
import { latestUpdate, renderAtomFeed } from "@/lib/open-data/atom";
import { errorResponse, handleOpenData, OPEN_DATA_HEADERS } from "@/lib/open-data/http";

/** The news as an Atom 1.0 feed in one language (/fr/feed.xml, /ar/feed.xml). */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  const { locale } = await params;
  if (!isLocale(locale)) return errorResponse(404, "not_found", "No feed for this language: use /fr/feed.xml or /ar/feed.xml.");
  return handleOpenData(`GET /${locale}/feed.xml`, async () => {
    await connection(); // read at request time, never frozen into the build
    const now = new Date();
    const [t, tMeta, news] = await Promise.all([
      getTranslations({ locale, namespace: "openData" }),
      getTranslations({ locale, namespace: "meta" }),
      findNewsForFeed(now),
    ]);
    const base = publicBaseUrl();
    const entries = news.map((item) => {
      const url = `${base}/${locale}/news/${encodeURIComponent(item.slug)}`;
      return {
        id: url,
        title: pickText(locale, item.titleFr, item.titleAr),
        summary: pickText(locale, item.summaryFr, item.summaryAr),
        url,
        relatedUrl: item.source?.url ?? null,
        published: item.publishedAt,
        // An entry is never "updated" before it is published (a draft edited, then published).
        updated: item.updatedAt > item.publishedAt ? item.updatedAt : item.publishedAt,
        category: item.kind,
      };
    });
    const selfUrl = `${base}/${locale}/feed.xml`;
    const xml = renderAtomFeed({
      lang: locale,
      id: selfUrl,
      title: `${t("feed.title")} · ${tMeta("siteName")}`,
      subtitle: tMeta("siteTagline"),
      selfUrl,
      pageUrl: `${base}/${locale}/news`,
      authorName: tMeta("siteName"),
      authorUri: `${base}/${locale}`,
      rights: t("feed.rights"),
      updated: latestUpdate(entries, now),
      entries,
    });
    return new Response(xml, { headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/atom+xml; charset=utf-8" } });
  });
}
