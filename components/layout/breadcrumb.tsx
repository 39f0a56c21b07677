import { Link } from "@/lib/i18n/navigation";

export type Crumb = { label: string; href?: string };

/** "Accueil > Section > Page": the last item is the current page (aria-current). */
export function Breadcrumb({ label, items }: { label: string; items: Crumb[] }) {
  return (
    <nav aria-label={label} className="mb-4 text-sm">
      <ol className="flex flex-wrap items-center gap-1 text-slate-700">
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-1">
            {i > 0 && (
              <span aria-hidden="true" className="text-slate-500 rtl:rotate-180">
                ›
              </span>
            )}
            {item.href ? (
              <Link href={item.href} className="text-brand-800 underline underline-offset-2">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
