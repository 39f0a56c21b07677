import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { listedThreadWhere, readableCategoryWhere, canReadCategory, refuseRead, type Reader } from "./space-access";

export const THREADS_PER_PAGE = 20;

const categorySelect = {
  id: true,
  slug: true,
  kind: true,
  titleFr: true,
  titleAr: true,
  descriptionFr: true,
  descriptionAr: true,
  isPublic: true,
  projectId: true,
  sessionId: true,
  project: { select: { slug: true, titleFr: true, titleAr: true } },
  session: { select: { number: true } },
} satisfies Prisma.DiscussionCategorySelect;

export type SpaceCategory = Prisma.DiscussionCategoryGetPayload<{ select: typeof categorySelect }>;

/** The categories this reader may see, with their number of threads and last activity (two queries). */
export async function findSpaceCategories(reader: Reader) {
  const [categories, activity] = await Promise.all([
    db.discussionCategory.findMany({ where: readableCategoryWhere(reader), orderBy: [{ position: "asc" }, { id: "asc" }], select: categorySelect }),
    db.thread.groupBy({ by: ["categoryId"], where: listedThreadWhere(reader), _max: { lastPostAt: true }, _count: { _all: true } }),
  ]);
  const byCategory = new Map(activity.map((row) => [row.categoryId, row]));
  return categories.map((category) => ({
    ...category,
    threadCount: byCategory.get(category.id)?._count._all ?? 0,
    lastPostAt: byCategory.get(category.id)?._max.lastPostAt ?? null,
  }));
}

/** A category the reader may read, or NOT_FOUND (a restricted category stays invisible). */
export async function findReadableCategory(reader: Reader, slug: string): Promise<SpaceCategory> {
  const category = await db.discussionCategory.findUnique({ where: { slug }, select: categorySelect });
  if (!category) throw new AppError("NOT_FOUND");
  if (!canReadCategory(reader, category)) await refuseRead(reader, "space.category.read", "DiscussionCategory", category.id);
  return category;
}

const threadRowSelect = {
  id: true,
  title: true,
  isLocked: true,
  createdAt: true,
  lastPostAt: true,
  author: { select: { name: true } },
  project: { select: { slug: true, titleFr: true, titleAr: true } },
} satisfies Prisma.ThreadSelect;

export type ThreadRow = Prisma.ThreadGetPayload<{ select: typeof threadRowSelect }> & { postCount: number };

/**
 * Visible posts per thread, for the threads of one list only. (Prisma's relation _count
 * would aggregate every post of the table in a subquery, whatever the page shows.)
 */
async function withPostCounts(threads: Array<Prisma.ThreadGetPayload<{ select: typeof threadRowSelect }>>): Promise<ThreadRow[]> {
  if (threads.length === 0) return [];
  const counts = await db.post.groupBy({
    by: ["threadId"],
    where: { threadId: { in: threads.map((thread) => thread.id) }, status: "VISIBLE" },
    _count: { _all: true },
  });
  const byThread = new Map(counts.map((row) => [row.threadId, row._count._all]));
  return threads.map((thread) => ({ ...thread, postCount: byThread.get(thread.id) ?? 0 }));
}

/** One page of a category's threads, most recently active first; null past the last page. */
export async function findCategoryPage(reader: Reader, slug: string, page: number) {
  const category = await findReadableCategory(reader, slug);
  const where: Prisma.ThreadWhereInput = { categoryId: category.id, status: "VISIBLE" };
  const [total, threads] = await Promise.all([
    db.thread.count({ where }),
    db.thread.findMany({
      where,
      orderBy: [{ lastPostAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * THREADS_PER_PAGE,
      take: THREADS_PER_PAGE,
      select: threadRowSelect,
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / THREADS_PER_PAGE));
  if (page > pageCount) return null;
  return { category, threads: await withPostCounts(threads), total, page, pageCount };
}

/** Projects and CIGOV sessions a new thread of a general category may be linked to. */
export async function findLinkChoices() {
  const [projects, sessions] = await Promise.all([
    db.project.findMany({ orderBy: { titleFr: "asc" }, select: { slug: true, titleFr: true, titleAr: true } }),
    db.committeeSession.findMany({ where: { body: { kind: "CIGOV" } }, orderBy: { number: "asc" }, select: { number: true, heldOn: true } }),
  ]);
  return { projects, sessions };
}

/**
 * A project's discussions in the space, for this reader, and where to start a new one: the
 * project's own category when the reader may read it, else the first general category.
 */
export async function findProjectDiscussions(reader: Reader, slug: string) {
  const project = await db.project.findUnique({ where: { slug }, select: { id: true, slug: true, titleFr: true, titleAr: true } });
  if (!project) throw new AppError("NOT_FOUND");
  const [threads, categories, subscription] = await Promise.all([
    db.thread.findMany({
      where: { projectId: project.id, ...listedThreadWhere(reader) },
      orderBy: [{ lastPostAt: "desc" }, { id: "desc" }],
      take: 100,
      select: threadRowSelect,
    }),
    db.discussionCategory.findMany({
      where: { AND: [readableCategoryWhere(reader), { OR: [{ projectId: project.id }, { kind: "GENERAL" }] }] },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { slug: true, projectId: true },
    }),
    reader ? db.subscription.findUnique({ where: { userId_projectId: { userId: reader.id, projectId: project.id } }, select: { id: true } }) : null,
  ]);
  const home = categories.find((category) => category.projectId === project.id) ?? categories.find((category) => category.projectId === null) ?? null;
  return { project, threads: await withPostCounts(threads), newThreadCategory: home?.slug ?? null, isFollowing: subscription !== null };
}
