import "server-only";
import { db } from "../db";
import { listedThreadWhere } from "./space-access";

export const FEED_ENTRIES = 30;

/**
 * A public category and its latest visible posts, for its Atom feed; null for any other
 * category. Read as the anonymous public reads, whoever asks: a feed is the same for all.
 */
export async function findPublicCategoryFeed(slug: string) {
  const category = await db.discussionCategory.findFirst({
    where: { slug, isPublic: true },
    select: { id: true, slug: true, titleFr: true, titleAr: true, descriptionFr: true, descriptionAr: true },
  });
  if (!category) return null;
  const posts = await db.post.findMany({
    where: { status: "VISIBLE", thread: { categoryId: category.id, ...listedThreadWhere(null) } },
    orderBy: { id: "desc" },
    take: FEED_ENTRIES,
    select: { id: true, body: true, createdAt: true, editedAt: true, author: { select: { name: true } }, thread: { select: { id: true, title: true } } },
  });
  return { category, posts };
}
