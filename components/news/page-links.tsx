import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import type { Locale } from "@/lib/i18n/routing";

/** The news list's page links (`?page=N`). */
export async function PageLinks({ locale, page, pageCount, basePath }: { locale: Locale; page: number; pageCount: number; basePath: string }) {
  const t = await getTranslations({ locale, namespace: "news" });
  const path = `/${locale}${basePath}`;
  return (
    <Pagination
      page={page}
      pageCount={pageCount}
      hrefFor={(target) => (target === 1 ? path : `${path}?page=${target}`)}
      labels={{ nav: t("pagination"), previous: t("previousPage"), next: t("nextPage"), page: (target) => t("pageOf", { page: target }) }}
    />
  );
}
