import { parsePageParam } from "@/lib/route-params";

/** An id from the URL, or null (the page answers 404 without a query). */
export function parseId(value: string | string[] | undefined): number | null {
  return typeof value === "string" ? parsePageParam(value) : null;
}

/** The sign-in page, coming back to `path` (a path of the portal, never another site). */
export function signInHref(locale: string, path: string): string {
  return `/${locale}/sign-in?next=${encodeURIComponent(`/${locale}${path}`)}`;
}
