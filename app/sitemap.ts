import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { findSitemapEntries } from "@/lib/data/sitemap";
import { publicBaseUrl } from "@/lib/env";
import { locales } from "@/lib/i18n/routing";

type Page = { path: string; lastModified?: Date };

/**
 * Every public page in French and Arabic, each with its hreflang alternates. Read from the
 * database at request time. One file holds 50,000 URLs: about 24,000 projects in two
 * languages; past that, split it with generateSitemaps.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const base = publicBaseUrl();
  const rows = await findSitemapEntries(new Date());
  const pages: Page[] = [
    { path: "" },
    { path: "/roadmap" },
    { path: "/roadmap/timeline" },
    ...rows.projects.map((p) => ({ path: `/projects/${encodeURIComponent(p.slug)}`, lastModified: p.updatedAt })),
    { path: "/governance" },
    ...rows.bodies.map((b) => ({ path: `/governance/${encodeURIComponent(b.slug)}`, lastModified: b.updatedAt })),
    { path: "/organizations" },
    ...rows.organizations.map((o) => ({ path: `/organizations/${encodeURIComponent(o.slug)}`, lastModified: o.updatedAt })),
    { path: "/sessions" },
    ...rows.sessions.map((s) => ({ path: `/sessions/${s.number}`, lastModified: s.updatedAt })),
    { path: "/indicators" },
    ...rows.indicators.map((i) => ({ path: `/indicators/${encodeURIComponent(i.slug)}`, lastModified: i.updatedAt })),
    { path: "/news" },
    ...rows.news.map((n) => ({ path: `/news/${encodeURIComponent(n.slug)}`, lastModified: n.updatedAt })),
    { path: "/surveys" },
    ...rows.openSurveys.map((s) => ({ path: `/surveys/${encodeURIComponent(s.slug)}`, lastModified: s.updatedAt })),
    ...rows.surveyResults.map((s) => ({ path: `/surveys/${encodeURIComponent(s.slug)}/results`, lastModified: s.updatedAt })),
    { path: "/open-data" },
  ];
  return pages.flatMap(({ path, lastModified }) => {
    const languages = Object.fromEntries(locales.map((locale) => [locale, `${base}/${locale}${path}`]));
    return locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: { ...languages, "x-default": `${base}/fr${path}` } },
    }));
  });
}
