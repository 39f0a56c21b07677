import { getTranslations } from "next-intl/server";
import type { NewsKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/routing";

export async function NewsKindBadge({ locale, kind }: { locale: Locale; kind: NewsKind }) {
  const t = await getTranslations({ locale, namespace: "news" });
  const style = kind === "PRESS_REVIEW" ? "border-violet-300 bg-violet-50 text-violet-900" : "border-brand-700 bg-brand-50 text-brand-900";
  return (
    <span data-news-kind={kind} className={`inline-block rounded border px-2 py-0.5 text-xs font-semibold ${style}`}>
      {t(`kinds.${kind}`)}
    </span>
  );
}
