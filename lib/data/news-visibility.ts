import type { Prisma } from "../generated/prisma/client";

/** What the public may see of the news: published, and not dated in the future (scheduled). */
export function publicNewsWhere(now: Date = new Date()): Prisma.NewsItemWhereInput {
  return { isPublished: true, publishedAt: { lte: now } };
}
