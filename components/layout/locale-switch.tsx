"use client";

import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/**
 * The same page, with the same filters, in the other language. Rendered on the server too,
 * so it is a plain link that works without JavaScript.
 */
export function LocaleSwitch({ target, label, description }: { target: Locale; label: string; description: string }) {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={target}
      hrefLang={target}
      lang={target}
      aria-label={description}
      className="rounded border border-white/70 px-3 py-1 font-semibold hover:bg-white hover:text-brand-900"
    >
      {label}
    </Link>
  );
}
