import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

/** How the responses were collected and de-duplicated, next to the results they explain. */
export async function CollectionMethod({ locale, hasFreeText }: { locale: Locale; hasFreeText: boolean }) {
  const t = await getTranslations({ locale, namespace: "surveys" });
  return (
    <section aria-labelledby="method-title" className="space-y-3 rounded border border-slate-200 bg-slate-50 p-4" data-testid="collection-method">
      <h2 id="method-title" className="text-xl font-semibold text-brand-900">
        {t("results.methodHeading")}
      </h2>
      <p>{t("results.methodCollection")}</p>
      <p>{t("results.methodDeduplication")}</p>
      <p>{t("results.methodNetwork")}</p>
      {hasFreeText && <p>{t("results.methodModeration")}</p>}
    </section>
  );
}
