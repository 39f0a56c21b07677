import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LocaleSwitch } from "./locale-switch";

const SECTIONS = [
  ["roadmap", "/roadmap"],
  ["governance", "/governance"],
  ["sessions", "/sessions"],
  ["indicators", "/indicators"],
  ["news", "/news"],
  ["surveys", "/surveys"],
  ["space", "/space"],
  ["openData", "/open-data"],
] as const;

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "layout" });
  const meta = await getTranslations({ locale, namespace: "meta" });
  const other: Locale = locale === "fr" ? "ar" : "fr";
  return (
    <header className="bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold underline-offset-4 hover:underline">
          {meta("siteName")}
        </Link>
        <div className="flex items-center gap-4">
          {/* A plain link for everyone: the header does not read the session, so public pages stay cacheable. */}
          <Link href="/staff" className="text-sm underline underline-offset-4">
            {t("signIn")}
          </Link>
          <LocaleSwitch target={other} label={t("switchTo")} description={t("switchToLabel")} />
        </div>
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-white/20 bg-brand-800">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-5 gap-y-1 px-4 py-2 text-sm font-medium">
          {SECTIONS.map(([key, href]) => (
            <li key={key}>
              <Link href={href} className="inline-block py-1 underline-offset-4 hover:underline">
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
