import { getTranslations } from "next-intl/server";
import type { ProjectStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";

// Colour pairs chosen for at least 4.5:1 contrast; the text, not the colour, carries the meaning.
const STYLES: Record<ProjectStatus, string> = {
  PLANNED: "bg-slate-100 text-slate-800 border-slate-300",
  IN_PROGRESS: "bg-blue-50 text-blue-900 border-blue-300",
  PILOT: "bg-violet-50 text-violet-900 border-violet-300",
  OPERATIONAL: "bg-emerald-50 text-emerald-900 border-emerald-400",
  SUSPENDED: "bg-amber-50 text-amber-900 border-amber-400",
  CANCELLED: "bg-zinc-100 text-zinc-700 border-zinc-300 line-through",
};

export async function StatusBadge({ locale, status }: { locale: Locale; status: ProjectStatus }) {
  const t = await getTranslations({ locale, namespace: "status" });
  return (
    <span data-status={status} className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>
      {t(status)}
    </span>
  );
}

export async function LateBadge({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "roadmap" });
  return (
    <span data-late="true" className="inline-block rounded border border-red-300 bg-red-50 px-2 py-0.5 text-xs font-semibold text-red-800">
      {t("late")}
    </span>
  );
}

export async function FlagshipBadge({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "roadmap" });
  return (
    <span data-flagship="true" className="inline-block rounded border border-yellow-500 bg-yellow-50 px-2 py-0.5 text-xs font-semibold text-yellow-900">
      <span aria-hidden="true">★ </span>
      {t("flagship")}
    </span>
  );
}
