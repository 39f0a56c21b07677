import { getTranslations } from "next-intl/server";
import { LocaleLink } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { pageWindow } from "@/lib/pagination";

/** Numbered page links (`?page=N`): plain links, so paging works without JavaScript. */
export async function PageLinks({ locale, page, pageCount, basePath }: { locale: Locale; page: number; pageCount: number; basePath: string }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: "news" });
  const href = (target: number) => (target === 1 ? basePath : `${basePath}?page=${target}`);
  const linkClass = "inline-block min-w-10 rounded border border-slate-300 px-3 py-2 text-center hover:bg-brand-50";
  return (
    <nav aria-label={t("pagination")}>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <LocaleLink locale={locale} href={href(page - 1)} rel="prev" className={linkClass}>
              {t("previousPage")}
            </LocaleLink>
          </li>
        )}
        {pageWindow(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <LocaleLink locale={locale}
                href={href(item)}
                aria-label={t("pageOf", { page: item })}
                aria-current={item === page ? "page" : undefined}
                className={`${linkClass} ${item === page ? "bg-brand-700 text-white hover:bg-brand-800" : ""}`}
              >
                {item}
              </LocaleLink>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <LocaleLink locale={locale} href={href(page + 1)} rel="next" className={linkClass}>
              {t("nextPage")}
            </LocaleLink>
          </li>
        )}
      </ul>
    </nav>
  );
}
