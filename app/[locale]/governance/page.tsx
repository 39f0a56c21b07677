import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { BodyCard } from "@/components/governance/body-card";
import { findGovernanceBodies } from "@/lib/data/governance";
import { groupByTier } from "@/lib/governance-tiers";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageMetadata } from "@/lib/metadata";

// Cached page (docs/decisions.md, "Caching"): rendered on its first visit, then served from the
// shared cache until an edit expires it (lib/cache/invalidate.ts) or an hour passes.
export const revalidate = 3600;

export async function generateMetadata({ params }: PageProps<"/[locale]/governance">): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "governance" });
  return pageMetadata({ locale, path: "/governance", title: t("title"), description: t("description") });
}

export default async function GovernancePage({ params }: PageProps<"/[locale]/governance">) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const [t, bodies] = await Promise.all([getTranslations({ locale, namespace: "governance" }), findGovernanceBodies()]);
  const tiers = groupByTier(bodies);

  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold text-brand-900">{t("title")}</h1>
        <p className="max-w-3xl text-lg">{t("intro")}</p>
      </header>

      <section aria-labelledby="tiers-title" className="space-y-4">
        <h2 id="tiers-title" className="text-2xl font-semibold text-brand-900">
          {t("tiersHeading")}
        </h2>
        <p className="max-w-3xl">{t("tiersIntro")}</p>
        {bodies.length === 0 && <p>{t("noBody")}</p>}
        <ol className="space-y-6">
          {tiers.map((tier, index) => (
            <li key={tier.id} data-tier={tier.id} className="rounded border-s-4 border-brand-700 bg-brand-50 p-4">
              <h3 className="text-xl font-semibold text-brand-900">
                <span className="me-2 inline-block rounded bg-brand-700 px-2 text-white">{index + 1}</span>
                {t(`tiers.${tier.id}.label`)}
              </h3>
              <p className="mt-1 max-w-3xl text-slate-800">{t(`tiers.${tier.id}.role`)}</p>
              {tier.bodies.length > 0 && (
                <ul className="mt-4 grid gap-4 md:grid-cols-2">
                  {tier.bodies.map((body) => (
                    <li key={body.slug}>
                      <BodyCard locale={locale} body={body} />
                    </li>
                  ))}
                </ul>
              )}
              {index < tiers.length - 1 && <p className="mt-4 text-sm font-medium text-brand-800">{t(`tiers.${tier.id}.link`)}</p>}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="more-title" className="space-y-2">
        <h2 id="more-title" className="text-2xl font-semibold text-brand-900">
          {t("moreHeading")}
        </h2>
        <ul className="list-disc space-y-1 ps-6">
          <li>
            <LocaleLink locale={locale} href="/sessions" className="text-brand-800 underline underline-offset-4">
              {t("sessionsLink")}
            </LocaleLink>
          </li>
          <li>
            <LocaleLink locale={locale} href="/organizations" className="text-brand-800 underline underline-offset-4">
              {t("organizationsLink")}
            </LocaleLink>
          </li>
        </ul>
      </section>
    </div>
  );
}
