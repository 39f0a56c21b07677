import type { Metadata } from "next";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { RoadmapView } from "./_components/roadmap-view";

// Depends on the visitor's query string: rendered for each request, never cached. The view
// without a query string is the cached page app/[locale]/roadmap/all (proxy.ts rewrites to it).
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/roadmap">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "roadmap" });
  return pageMetadata({ locale, path: "/roadmap", title: t("title"), description: t("description") });
}

export default async function RoadmapPage({ params, searchParams }: PageProps<"/[locale]/roadmap">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  await connection();
  return <RoadmapView locale={locale} searchParams={await searchParams} readFrom="replica" />;
}
