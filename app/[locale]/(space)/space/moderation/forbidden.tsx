import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** What a signed-in user without the moderation right sees instead of the queue. */
export async function ModerationForbidden({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "space" });
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand-900">{t("forbidden.title")}</h1>
      <p>{t("forbidden.moderation")}</p>
    </div>
  );
}
