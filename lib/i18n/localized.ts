import type { Locale } from "./routing";

export type LocalizedText = { text: string; lang: Locale; isFallback: boolean };

/** Picks the Arabic text when there is one, else the French text marked as a fallback. */
export function pickText(locale: Locale, fr: string, ar: string | null | undefined): LocalizedText {
  if (locale === "ar" && ar && ar.trim() !== "") return { text: ar, lang: "ar", isFallback: false };
  return { text: fr, lang: "fr", isFallback: locale !== "fr" };
}
