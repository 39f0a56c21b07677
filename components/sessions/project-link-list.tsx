import { LocalizedText } from "@/components/localized-text";
import { StatusBadge } from "@/components/projects/status-badge";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import { formatDate } from "@/lib/i18n/format";
import { pickText } from "@/lib/i18n/localized";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";

type Item = {
  project: { slug: string; titleFr: string; titleAr: string | null; status: ProjectStatus };
  noteFr: string | null;
  noteAr: string | null;
  date: Date | null;
};

/** Projects a session dealt with: link to the project page, its current status, the session's note. */
export function ProjectLinkList({ locale, items }: { locale: Locale; items: Item[] }) {
  return (
    <ul className="space-y-3">
      {items.map((item) => (
        <li key={item.project.slug} className="rounded border border-slate-200 p-3" data-project={item.project.slug}>
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <LocaleLink locale={locale} href={`/projects/${item.project.slug}`} className="font-semibold text-brand-800 underline underline-offset-4 hover:decoration-2">
              <LocalizedText value={pickText(locale, item.project.titleFr, item.project.titleAr)} />
            </LocaleLink>
            <StatusBadge locale={locale} status={item.project.status} />
            {item.date && (
              <time dateTime={item.date.toISOString().slice(0, 10)} className="text-sm text-slate-700">
                {formatDate(locale, item.date)}
              </time>
            )}
          </p>
          {item.noteFr && <LocalizedText as="p" className="mt-1 text-sm text-slate-800" value={pickText(locale, item.noteFr, item.noteAr)} />}
        </li>
      ))}
    </ul>
  );
}
