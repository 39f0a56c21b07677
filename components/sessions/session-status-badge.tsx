import { getTranslations } from "next-intl/server";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";

const STYLES: Record<SessionStatus, string> = {
  PLANNED: "border-blue-300 bg-blue-50 text-blue-900",
  HELD: "border-emerald-400 bg-emerald-50 text-emerald-900",
  CANCELLED: "border-zinc-300 bg-zinc-100 text-zinc-700",
};

export async function SessionStatusBadge({ locale, status }: { locale: Locale; status: SessionStatus }) {
  const t = await getTranslations({ locale, namespace: "sessions" });
  return (
    <span data-session-status={status} className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}>
      {t(`sessionStatus.${status}`)}
    </span>
  );
}
