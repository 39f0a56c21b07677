import type { ComponentProps } from "react";
import type { Locale } from "@/lib/i18n/routing";

/** "/sessions/11" -> "/fr/sessions/11" (and "/" -> "/fr"), query strings kept. */
export function localizedHref(locale: Locale, href: string): string {
  return href === "/" ? `/${locale}` : `/${locale}${href}`;
}

/**
 * A plain link to a page of the portal in the given language. Server-rendered HTML with no
 * client code, so it works without JavaScript and outside any client i18n provider.
 */
export function LocaleLink({ locale, href, ...props }: { locale: Locale; href: string } & Omit<ComponentProps<"a">, "href">) {
  return <a href={localizedHref(locale, href)} {...props} />;
}
