import "server-only";
import { db } from "../db";
import { openSurveyWhere, publishedResultsWhere } from "../surveys/lifecycle";
import { publicNewsWhere } from "./news-visibility";

const slugAndDate = { slug: true, updatedAt: true } as const;

/**
 * The keys of every public page backed by a row, with the row's last change: one small
 * query per table, all at once. Sessions: the CIGOV ones, whose pages are numbered;
 * news: published and not scheduled for later; surveys: open ones (to answer) and those
 * whose results are published.
 */
export async function findSitemapEntries(now: Date) {
  const [projects, organizations, bodies, sessions, indicators, news, openSurveys, surveyResults] = await Promise.all([
    db.project.findMany({ orderBy: { slug: "asc" }, select: slugAndDate }),
    db.organization.findMany({ orderBy: { slug: "asc" }, select: slugAndDate }),
    db.governanceBody.findMany({ orderBy: { position: "asc" }, select: slugAndDate }),
    db.committeeSession.findMany({ where: { body: { kind: "CIGOV" } }, orderBy: { number: "asc" }, select: { number: true, updatedAt: true } }),
    db.indicator.findMany({ orderBy: { slug: "asc" }, select: slugAndDate }),
    db.newsItem.findMany({
      where: publicNewsWhere(now),
      orderBy: { publishedAt: "desc" },
      select: slugAndDate,
    }),
    db.survey.findMany({ where: openSurveyWhere(now), orderBy: { slug: "asc" }, select: slugAndDate }),
    db.survey.findMany({ where: publishedResultsWhere(now), orderBy: { slug: "asc" }, select: slugAndDate }),
  ]);
  return { projects, organizations, bodies, sessions, indicators, news, openSurveys, surveyResults };
}
