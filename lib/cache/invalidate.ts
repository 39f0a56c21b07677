import "server-only";
import { revalidatePath, updateTag } from "next/cache";
import { locales } from "../i18n/routing";
import { forgetBriefResults } from "./brief-results";

/** Cache tags of public data; pages tag what they read and actions expire what they wrote. */
export const tags = {
  projects: "projects",
  project: (slug: string) => `project:${slug}`,
  sessions: "sessions",
  session: (number: number) => `session:${number}`,
  news: "news",
  newsItem: (slug: string) => `news:${slug}`,
  indicators: "indicators",
  indicator: (slug: string) => `indicator:${slug}`,
  organizations: "organizations",
  organization: (slug: string) => `organization:${slug}`,
  governance: "governance",
} as const;

/**
 * After a project edit: the editor's next request must see it (updateTag gives
 * read-your-own-writes inside a server action) and so must every other visitor.
 */
export function invalidateProject(slug: string): void {
  expirePublicPages();
  updateTag(tags.projects);
  updateTag(tags.project(slug));
  for (const locale of locales) revalidatePath(`/${locale}/projects/${slug}`);
}

/**
 * Every cached public page, in both languages. Pages show each other's data (a project's
 * status is on the home figures, its organisation's page, session pages…), and edits are
 * rare, so each edit expires them all: the next visit of each page renders it afresh.
 * "/[locale]" with "layout" is the tag every page under the locale layout carries.
 */
function expirePublicPages(): void {
  revalidatePath("/[locale]", "layout");
  forgetBriefResults(); // and the per-request reads kept for a moment (brief-results.ts)
}

/** Every page of one dynamic route, in both languages: Next takes the route's file path here. */
function revalidateRoute(route: string): void {
  revalidatePath(`/[locale]${route}`, "page");
}

/** A CIGOV session: its page, the list and calendar, the home's "next session", the CIGOV page. */
export function invalidateSessions(number: number): void {
  expirePublicPages();
  updateTag(tags.sessions);
  updateTag(tags.session(number));
  for (const locale of locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/sessions`);
    revalidatePath(`/${locale}/sessions/${number}`);
    revalidatePath(`/${locale}/sessions/calendar.ics`);
  }
  revalidateRoute("/governance/[slug]");
}

/** A news item: its page, the list, the feed, the home, and the session and project pages that list it. */
export function invalidateNews(slug: string): void {
  expirePublicPages();
  updateTag(tags.news);
  updateTag(tags.newsItem(slug));
  for (const locale of locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/news`);
    revalidatePath(`/${locale}/news/${slug}`);
    revalidatePath(`/${locale}/feed.xml`);
  }
  revalidateRoute("/sessions/[number]");
  revalidateRoute("/projects/[slug]");
}

/** An indicator's target or values: its page, the list and the home's figures. */
export function invalidateIndicators(slug: string): void {
  expirePublicPages();
  updateTag(tags.indicators);
  updateTag(tags.indicator(slug));
  for (const locale of locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/indicators`);
    revalidatePath(`/${locale}/indicators/${slug}`);
  }
}

/** An organisation's names appear on most pages (owners, members, decisions): expire them all. */
export function invalidateOrganizations(slug: string): void {
  expirePublicPages();
  updateTag(tags.organizations);
  updateTag(tags.organization(slug));
  updateTag(tags.projects);
}

/** A body's seats: the body's page, the governance overview and the members' organisation pages. */
export function invalidateGovernance(bodySlug: string): void {
  expirePublicPages();
  updateTag(tags.governance);
  for (const locale of locales) {
    revalidatePath(`/${locale}/governance`);
    revalidatePath(`/${locale}/governance/${bodySlug}`);
  }
  revalidateRoute("/organizations/[slug]");
}

/**
 * After a post, an edit or a moderation decision in the collaborative space: the public
 * pages of the project and the session a thread is linked to list its threads.
 */
export function invalidateSpaceLinks({ projectSlug, sessionNumber }: { projectSlug: string | null; sessionNumber: number | null }): void {
  expirePublicPages();
  if (projectSlug) updateTag(tags.project(projectSlug));
  if (sessionNumber !== null) updateTag(tags.session(sessionNumber));
  for (const locale of locales) {
    if (projectSlug) revalidatePath(`/${locale}/projects/${projectSlug}`);
    if (sessionNumber !== null) revalidatePath(`/${locale}/sessions/${sessionNumber}`);
  }
}

/** A survey's lifecycle or texts: the list of open surveys, its page, its results and the home's survey card. */
export function invalidateSurveys(slug?: string): void {
  expirePublicPages();
  for (const locale of locales) {
    revalidatePath(`/${locale}`);
    revalidatePath(`/${locale}/surveys`);
    if (slug) revalidatePath(`/${locale}/surveys/${slug}`);
    if (slug) revalidatePath(`/${locale}/surveys/${slug}/results`);
  }
  revalidateRoute("/surveys/[slug]/results");
  revalidateRoute("/projects/[slug]");
}
