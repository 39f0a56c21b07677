"use client";

import { useLocale } from "next-intl";
import { usePathname } from "next/navigation";
import { UnavailableNotice } from "@/components/unavailable-notice";
import ar from "@/messages/ar/unavailable.json";
import fr from "@/messages/fr/unavailable.json";

/**
 * A page that failed to render (the database went away mid-request, a bug): the same
 * "temporarily unavailable" notice as the 503 page, never the error's text. Its strings are
 * imported here because the layout ships no translation catalogue to the browser.
 */
export default function PageError() {
  const t = useLocale() === "ar" ? ar : fr;
  // A plain link to the same address: public pages run no script, so a button would do nothing.
  const pathname = usePathname();
  return (
    <UnavailableNotice
      title={t.title}
      body={t.body}
      action={
        <a href={pathname} className="text-brand-700 underline">
          {t.retry}
        </a>
      }
    />
  );
}
