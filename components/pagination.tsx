import { pageWindow } from "@/lib/pagination";

type Props = {
  page: number;
  pageCount: number;
  /** Link of a page, with the list's other query parameters kept. */
  hrefFor: (page: number) => string;
  labels: { nav: string; previous: string; next: string; page: (page: number) => string };
};

const linkClass = "inline-block min-w-10 rounded border border-slate-300 px-3 py-2 text-center hover:bg-brand-50";

/** Numbered page links: plain links, so paging works without JavaScript. */
export function Pagination({ page, pageCount, hrefFor, labels }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={labels.nav} className="mt-6">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev" className={linkClass}>
              {labels.previous}
            </a>
          </li>
        )}
        {pageWindow(page, pageCount).map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true">
              …
            </li>
          ) : (
            <li key={item}>
              <a
                href={hrefFor(item)}
                aria-label={labels.page(item)}
                aria-current={item === page ? "page" : undefined}
                className={`${linkClass} ${item === page ? "bg-brand-700 text-white hover:bg-brand-800" : ""}`}
              >
                {item}
              </a>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <a href={hrefFor(page + 1)} rel="next" className={linkClass}>
              {labels.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
