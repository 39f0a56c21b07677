import "server-only";
import type { Metadata } from "next";
import { publicBaseUrl } from "./env";
import { locales, type Locale } from "./i18n/routing";
import arOpenData from "../messages/ar/openData.json";
import frOpenData from "../messages/fr/openData.json";

const feedTitles: Record<Locale, string> = { fr: frOpenData.feed.title, ar: arOpenData.feed.title };

/**
 * Title, description, canonical URL and hreflang alternates of a public page, and the
 * news feed in the page's language (so feed readers find it from any page).
 * `path` is the page's path without the locale, e.g. "/feuille-de-route" or "" for home.
 */
export function pageMetadata({ locale, path, title, description }: { locale: Locale; path: string; title: string; description: string }): Metadata {
  const base = publicBaseUrl();
  const url = (target: Locale) => `${base}/${target}${path}`;
  return {
    title,
    description,
    metadataBase: new URL(base),
    alternates: {
      canonical: url(locale),
      languages: { ...Object.fromEntries(locales.map((l) => [l, url(l)])), "x-default": url("fr") },
      types: { "application/atom+xml": [{ url: `${base}/${locale}/feed.xml`, title: feedTitles[locale] }] },
    },
    openGraph: { title, description, url: url(locale), locale: locale === "ar" ? "ar_MA" : "fr_MA", type: "website" },
  };
}
