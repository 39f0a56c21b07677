import "server-only";
import { db } from "../db";

export async function findLatestNews(take: number) {
  return db.newsItem.findMany({
    where: { isPublished: true },
    orderBy: { publishedAt: "desc" },
    take,
    select: { slug: true, titleFr: true, titleAr: true, summaryFr: true, summaryAr: true, publishedAt: true },
  });
}
