// Used by proxy.ts: while the database is unreachable, page reads get the localized
// "temporarily unavailable" page with status 503 instead of a failed render (500).
import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseAvailable } from "./database-availability";
import { isLocale, routing } from "./i18n/routing";

/** Set by the proxy on its rewrite only; the unavailable page is a 404 without it. Holds the asked path. */
export const UNAVAILABLE_HEADER = "x-egov-unavailable-path";
/** Seconds a client or a load balancer should wait before trying again. */
const RETRY_AFTER_SECONDS = 30;

/** The 503 rewrite for a page read while the database is down; null otherwise (the usual response applies). */
export async function databaseUnavailableResponse(request: NextRequest): Promise<NextResponse | null> {
  // Reads only: a form post goes on to its server action, which reports its own failure.
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (await isDatabaseAvailable()) return null;
  const first = request.nextUrl.pathname.split("/")[1] ?? "";
  const locale = isLocale(first) ? first : routing.defaultLocale;
  const headers = new Headers(request.headers);
  // server.mjs asks for this page itself after a failed post and names the address it failed on.
  headers.set(UNAVAILABLE_HEADER, request.headers.get(UNAVAILABLE_HEADER) ?? request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.rewrite(new URL(`/${locale}/unavailable`, request.url), {
    status: 503,
    request: { headers },
    headers: { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" },
  });
}
