import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { UnavailableNotice } from "@/components/unavailable-notice";
import { UNAVAILABLE_HEADER } from "@/lib/database-gate";
import type { Locale } from "@/lib/i18n/routing";

// Depends on the visitor (query string, session or cookie): rendered for each request, never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageProps<"/[locale]/unavailable">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "unavailable" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * Shown, with status 503, in place of any page while the database is unreachable (proxy.ts
 * rewrites to it). Asked for directly, it does not exist. Reads nothing from the database.
 */
export default async function UnavailablePage({ params }: PageProps<"/[locale]/unavailable">) {
  const locale = (await params).locale as Locale;
  const asked = (await headers()).get(UNAVAILABLE_HEADER);
  if (!asked) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "unavailable" });
  // The same address again: a plain link, so trying again works without JavaScript too.
  // Only a path on this site: not "//host" nor "/\\host", which browsers read as another site.
  const retryHref = asked.startsWith("/") && !asked.startsWith("//") && !asked.includes("\\") ? asked : `/${locale}`;
  return (
    <UnavailableNotice
      title={t("title")}
      body={t("body")}
      action={
        <a href={retryHref} className="text-brand-700 underline">
          {t("retry")}
        </a>
      }
    />
  );
}
