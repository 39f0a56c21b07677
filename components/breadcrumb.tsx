import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";

export type BreadcrumbItem = { href: string; label: ReactNode };

/**
 * "Accueil > Section > Page": a labelled nav with an ordered list; the last item is the
 * current page (aria-current, not a link). Separators are decorative and follow the
 * reading direction.
 */
export async function Breadcrumb({ locale, trail, current }: { locale: Locale; trail: BreadcrumbItem[]; current: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "breadcrumb" });
  const items: BreadcrumbItem[] = [{ href: "/", label: t("home") }, ...trail];
  const separator = (
    <span aria-hidden="true" className="mx-2 text-slate-500">
      {locale === "ar" ? "‹" : "›"}
    </span>
  );
  return (
    <nav aria-label={t("label")} className="mb-6 text-sm">
      <ol className="flex flex-wrap items-center">
        {items.map((item, index) => (
          <li key={index} className="flex items-center">
            {/* Padded so each link is a target at least 24 px high in small type (WCAG 2.5.8). */}
            <LocaleLink locale={locale} href={item.href} className="inline-block py-1 text-brand-800 underline underline-offset-4 hover:decoration-2">
              {item.label}
            </LocaleLink>
            {separator}
          </li>
        ))}
        <li className="min-w-0">
          <span aria-current="page" className="text-slate-700">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
