import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";
import { RoadmapView } from "../_components/roadmap-view";

// Cached page (docs/decisions.md, "Caching"): the roadmap without filters, the view most
// visitors open. proxy.ts serves it for /{locale}/roadmap without a query string; its
// canonical address is that one.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/roadmap/all">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "roadmap" });
  return pageMetadata({ locale, path: "/roadmap", title: t("title"), description: t("description") });
}

export default async function DefaultRoadmapPage({ params }: PageProps<"/[locale]/roadmap/all">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  return <RoadmapView locale={locale} searchParams={{}} readFrom="primary" />;
}
