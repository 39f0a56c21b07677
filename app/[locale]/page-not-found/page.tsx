import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import NotFound from "../not-found";

// Cached page: the same for every visitor.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/page-not-found">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "notFound" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * The localized "page not found" page as plain HTML. Next 16 sends the page of a `notFound()`
 * as an empty shell whose content only JavaScript can show (vercel/next.js#98954); server.mjs
 * sends this page's HTML, with status 404, in its place (and answers this address with 404 too).
 */
export default async function PageNotFound({ params }: PageProps<"/[locale]/page-not-found">) {
  setRequestLocale((await params).locale as Locale);
  return <NotFound />;
}
