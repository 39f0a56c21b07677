import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { LocaleSwitch } from "./locale-switch";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "layout" });
  const meta = await getTranslations({ locale, namespace: "meta" });
  const other: Locale = locale === "fr" ? "ar" : "fr";
  return (
    <header className="border-b-4 border-brand-700 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold underline-offset-4 hover:underline">
          {meta("siteName")}
        </Link>
        <nav aria-label={t("mainNav")} className="flex items-center gap-4 text-sm">
          <Link href="/" className="underline-offset-4 hover:underline">
            {t("home")}
          </Link>
          <LocaleSwitch target={other} label={t("switchTo")} description={t("switchToLabel")} />
        </nav>
      </div>
    </header>
  );
}
