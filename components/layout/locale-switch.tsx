"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Props = { target: Locale; label: string; description: string };

function SwitchLink({ target, label, description, query }: Props & { query: string }) {
  const pathname = usePathname();
  return (
    <Link
      href={query ? `${pathname}?${query}` : pathname}
      locale={target}
      hrefLang={target}
      className="rounded border border-white/70 px-3 py-1 font-semibold hover:bg-white hover:text-brand-900"
    >
      {/* The accessible name starts with the visible text (WCAG 2.5.3, label in name). */}
      <span lang={target}>{label}</span>
      <span className="sr-only"> ({description})</span>
    </Link>
  );
}

function SwitchWithQuery(props: Props) {
  return <SwitchLink {...props} query={useSearchParams().toString()} />;
}

/**
 * The same page, with the same filters, in the other language. Server-rendered as a plain
 * link (works without JavaScript); pages prerendered at build time, which have no query,
 * get the fallback, the same link without the query.
 */
export function LocaleSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} query="" />}>
      <SwitchWithQuery {...props} />
    </Suspense>
  );
}
