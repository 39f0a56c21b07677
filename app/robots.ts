import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { publicBaseUrl } from "@/lib/env";
import { locales } from "@/lib/i18n/routing";

/** Public pages are open to crawlers; sign-in and the back office are not for search results. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  await connection(); // the public URL is configuration read at run time, not at build time
  const base = publicBaseUrl();
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/auth", ...locales.map((locale) => `/${locale}/staff`)] },
    sitemap: `${base}/sitemap.xml`,
  };
}
