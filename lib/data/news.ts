import "server-only";
import { parseSlug } from "../route-params";
import { cache } from "react";
import type { Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { sourceSelect } from "./source-select";
import { publicNewsWhere } from "./news-visibility";

export async function findLatestNews(take: number) {
  return db.newsItem.findMany({
    where: publicNewsWhere(),
    orderBy: { publishedAt: "desc" },
    take,
    select: { slug: true, titleFr: true, titleAr: true, summaryFr: true, summaryAr: true, publishedAt: true },
  });
}


const newsListSelect = {
  slug: true,
  kind: true,
  titleFr: true,
  titleAr: true,
  summaryFr: true,
  summaryAr: true,
  publishedAt: true,
  source: { select: { publisher: true } },
} satisfies Prisma.NewsItemSelect;

/** One page of published news, newest first, and the total count (two queries). */
export async function findNewsPage(page: number, perPage: number) {
  const [items, total] = await Promise.all([
    db.newsItem.findMany({
      where: publicNewsWhere(),
      // The id breaks ties, so an item never appears on two pages.
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: newsListSelect,
    }),
    db.newsItem.count({ where: publicNewsWhere() }),
  ]);
  return { items, total, page, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}

const newsDetailSelect = {
  slug: true,
  kind: true,
  titleFr: true,
  titleAr: true,
  summaryFr: true,
  summaryAr: true,
  bodyFr: true,
  bodyAr: true,
  publishedAt: true,
  updatedAt: true,
  source: { select: sourceSelect },
  session: { select: { number: true, heldOn: true, body: { select: { acronym: true, nameFr: true, nameAr: true } } } },
  projects: {
    orderBy: { projectId: "asc" },
    select: { project: { select: { slug: true, titleFr: true, titleAr: true, status: true } } },
  },
} satisfies Prisma.NewsItemSelect;

/** A published news item by slug (drafts are not public: null). Cached per request (page + metadata). */
export const findPublishedNewsItem = cache(async (slug: string) => {
  if (!parseSlug(slug)) return null; // not one of our slugs (e.g. a NUL byte): 404, no query
  return db.newsItem.findFirst({ where: { slug, ...publicNewsWhere() }, select: newsDetailSelect });
});

export type NewsListItem = Awaited<ReturnType<typeof findNewsPage>>["items"][number];
export type NewsDetail = NonNullable<Awaited<ReturnType<typeof findPublishedNewsItem>>>;
