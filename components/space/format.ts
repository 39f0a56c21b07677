import { PORTAL_TIME_ZONE } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/routing";

// Same conventions as lib/i18n/format.ts: Moroccan locales, the portal's time zone.
const intlLocale: Record<Locale, string> = { fr: "fr-MA", ar: "ar-MA" };

// Built once per locale: an Intl formatter is costly to build (lib/i18n/format.ts).
const postTimeFormats: Record<Locale, Intl.DateTimeFormat> = {
  fr: new Intl.DateTimeFormat(intlLocale.fr, { dateStyle: "medium", timeStyle: "short", timeZone: PORTAL_TIME_ZONE }),
  ar: new Intl.DateTimeFormat(intlLocale.ar, { dateStyle: "medium", timeStyle: "short", timeZone: PORTAL_TIME_ZONE }),
};

/** "12 nov. 2026, 14:05": a post's day and time in the portal's time zone. */
export function formatPostTime(locale: Locale, value: Date): string {
  return postTimeFormats[locale].format(value);
}

export const linkClass = "text-brand-800 underline underline-offset-4 hover:decoration-2";
export const buttonClass =
  "inline-block rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400";
export const secondaryButtonClass =
  "inline-block rounded border border-slate-600 bg-white px-3 py-1.5 text-sm font-semibold text-slate-900 hover:bg-slate-100 focus:outline focus:outline-4 focus:outline-yellow-400";

/**
 * A name or title typed by a user, isolated for the bidirectional algorithm (U+2068 FIRST
 * STRONG ISOLATE … U+2069), like <bdi>, where it is interpolated into a translated sentence:
 * a Latin name in an Arabic sentence (or the reverse) then keeps its place and order.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
