"use client";

import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Same page in the other language; rendered on the server too, so it works without JavaScript. */
export function LocaleSwitch({ target, label, description }: { target: Locale; label: string; description: string }) {
  const pathname = usePathname();
  return (
    <Link
      href={pathname}
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
