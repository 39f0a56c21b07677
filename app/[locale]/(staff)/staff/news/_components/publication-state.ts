/** Where an item stands for the public: visible, scheduled for later, or a draft. */
export function publicationState(item: { isPublished: boolean; publishedAt: Date }, now: Date): "published" | "scheduled" | "draft" {
  if (!item.isPublished) return "draft";
  return item.publishedAt.getTime() > now.getTime() ? "scheduled" : "published";
}
