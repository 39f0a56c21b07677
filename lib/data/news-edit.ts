import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { firstFreeSlug, newsSlugBase, publicationInstant } from "../validation/news-publication";
import type { NewsContentInput, NewsInput, NewsUpdateInput } from "../validation/news-edit";
import { recordAudit } from "./audit";
import { authorizeContentEdit, changedFields, StaleEditError, StaleSignal } from "./content-edit";
import { resolveSource, sourceEditSelect } from "./source-edit";

// News in the back office: drafts, scheduled and published items alike. What the public
// sees is decided by publicNewsWhere (news-visibility.ts): published and dated up to now.

export async function findStaffNews(actor: Actor) {
  await authorizeContentEdit(actor, "news.list", "NewsItem", "*");
  return db.newsItem.findMany({
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    select: { id: true, slug: true, kind: true, titleFr: true, titleAr: true, publishedAt: true, isPublished: true },
  });
}

/** Projects a news item can be linked to, by title. */
export function findNewsProjectChoices() {
  return db.project.findMany({ orderBy: { titleFr: "asc" }, select: { slug: true, titleFr: true, titleAr: true } });
}

const newsEditSelect = {
  id: true,
  slug: true,
  kind: true,
  titleFr: true,
  titleAr: true,
  summaryFr: true,
  summaryAr: true,
  bodyFr: true,
  bodyAr: true,
  publishedAt: true,
  isPublished: true,
  updatedAt: true,
  source: { select: sourceEditSelect },
  session: { select: { number: true } },
  projects: { orderBy: { projectId: "asc" }, select: { project: { select: { slug: true } } } },
} satisfies Prisma.NewsItemSelect;

export type EditableNews = Prisma.NewsItemGetPayload<{ select: typeof newsEditSelect }>;

export async function findNewsForEdit(actor: Actor, id: number): Promise<EditableNews> {
  await authorizeContentEdit(actor, "news.read-for-edit", "NewsItem", id);
  const item = await db.newsItem.findUnique({ where: { id }, select: newsEditSelect });
  if (!item) throw new AppError("NOT_FOUND");
  return item;
}

/** Session and projects named by the form, as ids; an unknown one is refused, not dropped. */
async function resolveLinks(input: NewsContentInput) {
  const session = input.sessionNumber === null ? null : await db.committeeSession.findFirst({ where: { number: input.sessionNumber, body: { kind: "CIGOV" } }, select: { id: true } });
  if (input.sessionNumber !== null && !session) throw new AppError("INVALID", "sessionUnknown");
  const slugs = [...new Set(input.projectSlugs)];
  const projects = await db.project.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
  if (projects.length !== slugs.length) throw new AppError("INVALID", "projectUnknown");
  return { sessionId: session?.id ?? null, projectIds: projects.map((project) => project.id) };
}

const sourceOf = (input: NewsContentInput) =>
  input.sourceTitle ? { title: input.sourceTitle, publisher: input.sourcePublisher, url: input.sourceUrl, publishedOn: input.sourcePublishedOn } : null;

function contentData(input: NewsContentInput) {
  const { kind, titleFr, titleAr, summaryFr, summaryAr, bodyFr, bodyAr } = input;
  return { kind, titleFr, titleAr, summaryFr, summaryAr, bodyFr, bodyAr };
}

export async function createNews(actor: Actor, input: NewsInput): Promise<{ id: number; slug: string }> {
  await authorizeContentEdit(actor, "news.create", "NewsItem", "new");
  const links = await resolveLinks(input);
  const base = newsSlugBase(input.publishedOn, input.titleFr);
  return db.$transaction(async (tx) => {
    const taken = await tx.newsItem.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
    const slug = firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
    const sourceId = await resolveSource(tx, null, sourceOf(input), input.kind === "PRESS_REVIEW" ? "PRESS" : "OFFICIAL", "news");
    const created = await tx.newsItem.create({
      data: {
        slug,
        ...contentData(input),
        publishedAt: publicationInstant(input.publishedOn, new Date()),
        isPublished: input.isPublished,
        sessionId: links.sessionId,
        sourceId,
        projects: { create: links.projectIds.map((projectId) => ({ projectId })) },
      },
      select: { id: true, slug: true },
    });
    await recordAudit({ actor, action: "news.create", entityType: "NewsItem", entityId: created.id, detail: { slug, isPublished: input.isPublished, projects: links.projectIds.length } }, tx);
    return created;
  });
}

export async function updateNews(actor: Actor, id: number, input: NewsUpdateInput): Promise<{ slug: string }> {
  await authorizeContentEdit(actor, "news.update", "NewsItem", id);
  const before = await db.newsItem.findUnique({ where: { id }, select: newsEditSelect });
  if (!before) throw new AppError("NOT_FOUND");
  const links = await resolveLinks(input);
  const publishedAt = publicationInstant(input.publishedOn, new Date(), before.publishedAt);
  const fields: string[] = changedFields(before, input, ["kind", "titleFr", "titleAr", "summaryFr", "summaryAr", "bodyFr", "bodyAr"] as const);
  if (publishedAt.getTime() !== before.publishedAt.getTime()) fields.push("publishedAt");
  try {
    await db.$transaction(async (tx) => {
      const sourceId = await resolveSource(tx, before.source, sourceOf(input), input.kind === "PRESS_REVIEW" ? "PRESS" : "OFFICIAL", "news");
      const updated = await tx.newsItem.updateMany({ where: { id, updatedAt: input.loadedAt }, data: { ...contentData(input), publishedAt, sessionId: links.sessionId, sourceId } });
      if (updated.count === 0) throw new StaleSignal();
      await tx.newsProject.deleteMany({ where: { newsId: id } });
      await tx.newsProject.createMany({ data: links.projectIds.map((projectId) => ({ newsId: id, projectId })) });
      await recordAudit({ actor, action: "news.update", entityType: "NewsItem", entityId: id, detail: { slug: before.slug, fields, sourceChanged: sourceId !== (before.source?.id ?? null), projects: links.projectIds.length } }, tx);
    });
  } catch (error) {
    if (error instanceof StaleSignal) throw new StaleEditError((await db.newsItem.findUniqueOrThrow({ where: { id }, select: { updatedAt: true } })).updatedAt);
    throw error;
  }
  return { slug: before.slug };
}

/**
 * Publishes or withdraws an item. Its date is left as it is: an item dated in the future
 * stays scheduled until then, and the list of staff news says so.
 */
export async function setNewsPublished(actor: Actor, id: number, isPublished: boolean): Promise<{ slug: string }> {
  await authorizeContentEdit(actor, isPublished ? "news.publish" : "news.unpublish", "NewsItem", id);
  const item = await db.newsItem.findUnique({ where: { id }, select: { slug: true } });
  if (!item) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    await tx.newsItem.update({ where: { id }, data: { isPublished }, select: { id: true } });
    await recordAudit({ actor, action: isPublished ? "news.publish" : "news.unpublish", entityType: "NewsItem", entityId: id, detail: { slug: item.slug } }, tx);
  });
  return item;
}
