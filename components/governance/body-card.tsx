import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { GovernanceBodySummary } from "@/lib/data/governance";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";

/** A governance body in the overview: name, description, and how it hangs together with the others. */
export async function BodyCard({ locale, body }: { locale: Locale; body: GovernanceBodySummary }) {
  const t = await getTranslations({ locale, namespace: "governance" });
  const name = pickText(locale, body.nameFr, body.nameAr);
  return (
    <article className="h-full rounded border border-slate-200 bg-white p-4" data-body={body.slug}>
      <h4 className="text-lg font-semibold">
        <LocaleLink locale={locale} href={`/governance/${body.slug}`} className="text-brand-800 underline underline-offset-4 hover:decoration-2">
          {body.acronym ? (
            <>
              <span lang="fr">{body.acronym}</span>
              {t("acronymSeparator")}
              <LocalizedText value={name} />
            </>
          ) : (
            <LocalizedText value={name} />
          )}
        </LocaleLink>
      </h4>
      <LocalizedText as="p" className="mt-2 text-sm text-slate-800" value={pickText(locale, body.descriptionFr, body.descriptionAr)} />
      <dl className="mt-3 space-y-1 text-sm">
        {body.parent && (
          <div>
            <dt className="inline font-medium text-slate-700">{t("attachedTo")}{t("colon")} </dt>
            <dd className="inline">
              <LocaleLink locale={locale} href={`/governance/${body.parent.slug}`} className="text-brand-800 underline underline-offset-4">
                {body.parent.acronym ?? <LocalizedText value={pickText(locale, body.parent.nameFr, body.parent.nameAr)} />}
              </LocaleLink>
            </dd>
          </div>
        )}
        {body.children.length > 0 && (
          <div>
            <dt className="inline font-medium text-slate-700">{t("attachedBodies")}{t("colon")} </dt>
            <dd className="inline">
              {body.children.map((child, i) => (
                <span key={child.slug}>
                  {i > 0 && t("listSeparator")}
                  <LocaleLink locale={locale} href={`/governance/${child.slug}`} className="text-brand-800 underline underline-offset-4">
                    {child.acronym ?? <LocalizedText value={pickText(locale, child.nameFr, child.nameAr)} />}
                  </LocaleLink>
                </span>
              ))}
            </dd>
          </div>
        )}
        {body.meetingCadenceFr && (
          <div>
            <dt className="inline font-medium text-slate-700">{t("cadence")}{t("colon")} </dt>
            <dd className="inline">
              <LocalizedText value={pickText(locale, body.meetingCadenceFr, body.meetingCadenceAr)} />
            </dd>
          </div>
        )}
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        {[
          t("missionsCount", { count: body._count.missions }),
          t("membersCount", { count: body._count.members }),
          ...(body._count.sessions > 0 ? [t("sessionsCount", { count: body._count.sessions })] : []),
        ].join(" · ")}
      </p>
    </article>
  );
}
