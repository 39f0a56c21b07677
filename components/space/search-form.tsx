import { localizedHref } from "@/components/locale-link";
import type { Locale } from "@/lib/i18n/routing";
import { SEARCH_MAX } from "@/lib/validation/space";

/** A GET form: the query is in the URL, and searching needs no JavaScript. */
export function SearchForm({ locale, query, label, button }: { locale: Locale; query: string; label: string; button: string }) {
  return (
    <form role="search" method="get" action={localizedHref(locale, "/space/search")} className="flex max-w-2xl flex-wrap items-end gap-2">
      <div className="min-w-0 flex-1">
        <label htmlFor="space-q" className="block font-semibold">
          {label}
        </label>
        <input
          id="space-q"
          name="q"
          type="search"
          maxLength={SEARCH_MAX}
          defaultValue={query}
          dir="auto"
          className="mt-1 block w-full rounded border border-slate-600 bg-white px-3 py-2 text-base"
        />
      </div>
      <button
        type="submit"
        className="rounded bg-brand-800 px-4 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400"
      >
        {button}
      </button>
    </form>
  );
}
