import { getTranslations } from "next-intl/server";
import { LocalizedText } from "@/components/localized-text";
import type { ProjectPageData } from "@/lib/data/project-page";
import { formatDate, labelSeparator, formatInstant } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Change = ProjectPageData["changes"][number];

const DATE_FIELDS = new Set(["PLANNED_START", "PLANNED_END", "ACTUAL_START", "ACTUAL_END", "MILESTONE_PLANNED", "MILESTONE_ACTUAL"]);

/** The append-only public history, newest first: what changed, from what, to what, and why. */
export async function ProjectHistory({ locale, changes }: { locale: Locale; changes: Change[] }) {
  const t = await getTranslations({ locale, namespace: "project" });
  const sep = labelSeparator(locale);
  const ts = await getTranslations({ locale, namespace: "status" });
  const tr = await getTranslations({ locale, namespace: "staff" });
  const role = (raw: string) => (tr.has(`roles.${raw}` as never) ? tr(`roles.${raw}` as never) : raw);
  const value = (change: Change, raw: string | null): string | null => {
    if (raw === null || raw === "") return null;
    if (change.field === "STATUS" || change.field === "CREATED") return ts.has(raw as never) ? ts(raw as never) : raw;
    if (change.field === "PROGRESS") return `${raw} %`;
    if (DATE_FIELDS.has(change.field) && /^\d{4}-\d{2}-\d{2}/.test(raw)) return formatDate(locale, new Date(`${raw.slice(0, 10)}T00:00:00Z`));
    return raw;
  };

  return (
    <section aria-labelledby="history-title" className="space-y-3">
      <h2 id="history-title" className="text-2xl font-semibold text-brand-900">
        {t("historyHeading")}
      </h2>
      <p className="text-slate-700">{t("historyIntro")}</p>
      {changes.length === 0 ? (
        <p>{t("noHistory")}</p>
      ) : (
        <ol className="space-y-4 border-s-2 border-brand-100 ps-4" data-testid="history">
          {changes.map((change) => {
            const from = value(change, change.fromValue);
            const to = value(change, change.toValue) ?? "";
            return (
              <li key={change.id} className="space-y-1">
                <p className="font-semibold">
                  {t(`fieldNames.${change.field}`)}
                  {change.milestone && (
                    <>
                      {" · "}
                      <LocalizedText value={pickText(locale, change.milestone.titleFr, change.milestone.titleAr)} />
                    </>
                  )}
                  {sep}
                  <span className="font-normal">{from ? t("changeFromTo", { from, to }) : t("changeTo", { to })}</span>
                </p>
                <p>
                  <span className="font-medium">
                    {t("reason")}
                    {sep}
                  </span>
                  {/* The language the editor wrote in, so screen readers read it with the right voice. */}
                  <span dir="auto" lang={change.reasonLang ?? undefined}>
                    {change.reason}
                  </span>
                </p>
                <p className="text-sm text-slate-600">
                  {change.occurredOn && <>{t("occurredOn", { date: formatDate(locale, change.occurredOn) })} · </>}
                  {t("recordedOn", { date: formatInstant(locale, change.createdAt) })} · {t("by")} <span dir="auto">{change.actorName}</span>
                  {change.actorRole && <> ({role(change.actorRole)}{change.actorOrganization ? `, ${change.actorOrganization}` : ""})</>}
                </p>
                {change.approvedBySession?.body.kind === "CIGOV" && (
                  <p className="text-sm">
                    <Link href={`/sessions/${change.approvedBySession.number}`} className="text-brand-800 underline">
                      {t("approvedBy", { number: change.approvedBySession.number })}
                    </Link>
                  </p>
                )}
                {change.source && (
                  <p className="text-sm text-slate-600">
                    {t("source")}
                    {sep}
                    <span lang="fr">{change.source.title}</span>
                    {change.source.publisher && <> — {change.source.publisher}</>}
                    {change.source.publishedOn && <>, {formatDate(locale, change.source.publishedOn)}</>}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
