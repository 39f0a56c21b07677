import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "layout" });
  return (
    <footer className="mt-12 border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6">
        <p>{t("footerAbout")}</p>
        <p>{t("footerSource")}</p>
      </div>
    </footer>
  );
}
