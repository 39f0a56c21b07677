import { PORTAL_TIME_ZONE } from "../dates";
import type { Locale } from "./routing";

// Moroccan conventions: Latin digits in both languages, as on Moroccan public sites.
const intlLocale: Record<Locale, string> = { fr: "fr-MA", ar: "ar-MA" };

// Intl formatters are built once per locale and options: building one costs about as much as
// rendering a project card (a roadmap page of 50 cards spent 17 % of its time building them).
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
function formatter<T extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.RelativeTimeFormat>(kind: string, locale: Locale, options: object, build: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = build();
    formatters.set(key, found);
  }
  return found;
}
const numberFormat = (locale: Locale, options: Intl.NumberFormatOptions = {}) => formatter("number", locale, options, () => new Intl.NumberFormat(intlLocale[locale], options));
const dateFormat = (locale: Locale, options: Intl.DateTimeFormatOptions) => formatter("date", locale, options, () => new Intl.DateTimeFormat(intlLocale[locale], options));

export function formatNumber(locale: Locale, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** Date-only values (PostgreSQL DATE) arrive as UTC midnight: format them in UTC. */
export function formatDate(locale: Locale, value: Date, style: "long" | "short" = "long"): string {
  return dateFormat(locale, { dateStyle: style, timeZone: "UTC" }).format(value);
}

/** Timestamps (publication, update times) are shown as their day in the portal's time zone. */
export function formatInstant(locale: Locale, value: Date, style: "long" | "short" = "long"): string {
  return dateFormat(locale, { dateStyle: style, timeZone: PORTAL_TIME_ZONE }).format(value);
}

/**
 * A survey's closing instant as the last day it took answers: a window typed "through 30
 * November" closes at the start of 1 December, and is shown as 30 November.
 */
export function formatLastDay(locale: Locale, closesAt: Date, style: "long" | "short" = "long"): string {
  return formatInstant(locale, new Date(closesAt.getTime() - 1), style);
}

/** Large amounts read better as "2,2 milliards MAD" than as a long row of digits. */
export function formatMoney(locale: Locale, amount: number, currency: string): string {
  const compact = numberFormat(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits: 1 }).format(amount);
  return `${compact} ${currency === "MAD" ? (locale === "ar" ? "درهم" : "DH") : currency}`;
}

export function formatPercent(locale: Locale, ratio: number): string {
  return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(ratio);
}

/** "il y a 12 jours" / "قبل 12 يومًا"; long spans in months or years, as people say them. */
export function formatDaysAgo(locale: Locale, days: number): string {
  const format = formatter("relative", locale, {}, () => new Intl.RelativeTimeFormat(intlLocale[locale], { numeric: "auto" }));
  if (days < 45) return format.format(-days, "day");
  if (days < 365 * 2) return format.format(-Math.round(days / 30), "month");
  return format.format(-Math.round(days / 365), "year");
}

/** "Libellé : valeur" in French typography, "التسمية: القيمة" in Arabic. */
export function labelSeparator(locale: Locale): string {
  return locale === "fr" ? "\u00a0: " : ": ";
}
