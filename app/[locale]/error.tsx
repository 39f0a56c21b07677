"use client";

import { useLocale } from "next-intl";
import { UnavailableNotice } from "@/components/unavailable-notice";
import ar from "@/messages/ar/unavailable.json";
import fr from "@/messages/fr/unavailable.json";

/**
 * A page that failed to render (the database went away mid-request, a bug): the same
 * "temporarily unavailable" notice as the 503 page, never the error's text. Its strings are
 * imported here because the layout ships no translation catalogue to the browser.
 */
export default function PageError({ retry }: { error: unknown; retry: () => void }) {
  const t = useLocale() === "ar" ? ar : fr;
  return (
    <UnavailableNotice
      title={t.title}
      body={t.body}
      action={
        <button type="button" onClick={() => retry()} className="text-brand-700 underline">
          {t.retry}
        </button>
      }
    />
  );
}
