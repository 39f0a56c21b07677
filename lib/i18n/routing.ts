import { defineRouting } from "next-intl/routing";

export const locales = ["fr", "ar"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "fr",
  // `/` always leads to French, the programme's reference language; the switch offers Arabic.
  localeDetection: false,
  // No NEXT_LOCALE cookie: nothing reads it (no detection), it would be the only cookie a
  // visitor gets, and a response that sets a cookie cannot be shared by server.mjs's microcache.
  localeCookie: false,
});

export function isLocale(value: string): value is Locale {
  return (locales as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): "ltr" | "rtl" {
  return locale === "ar" ? "rtl" : "ltr";
}
