import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { decodeSession, encodeSession, sessionCookieName, sessionCookieOptions, SESSION_REFRESH_AFTER_SECONDS } from "./lib/auth/session-token";
import { databaseUnavailableResponse } from "./lib/database-gate";
import { SPACE_PATH, STAFF_PATH } from "./lib/http/path-rules.mjs";
import { routing } from "./lib/i18n/routing";

const intl = createMiddleware(routing);
const DEFAULT_ROADMAP = /^\/(fr|ar)\/roadmap\/?$/;

// Read here rather than through lib/env.ts, which is server-only (the proxy is its own bundle).
function sessionSettings() {
  const base = process.env.NEXTAUTH_URL ?? process.env.PUBLIC_BASE_URL ?? "";
  const secret = process.env.NEXTAUTH_SECRET ?? process.env.AUTH_SECRET ?? "";
  return { secure: base.startsWith("https://"), secret };
}

export default async function proxy(request: NextRequest) {
  // Database outage: pages answer the localized "temporarily unavailable" page with a 503.
  const unavailable = await databaseUnavailableResponse(request);
  if (unavailable) return unavailable;
  // The roadmap without a query string, the view most visitors open, is a cached page.
  const roadmap = DEFAULT_ROADMAP.exec(request.nextUrl.pathname);
  if (roadmap && request.nextUrl.search === "") {
    const url = request.nextUrl.clone();
    url.pathname = `/${roadmap[1]}/roadmap/all`;
    return NextResponse.rewrite(url);
  }
  const staff = STAFF_PATH.exec(request.nextUrl.pathname);
  const isSpace = !staff && SPACE_PATH.test(request.nextUrl.pathname);
  if (!staff && !isSpace) return intl(request);
  const { secure, secret } = sessionSettings();
  const name = sessionCookieName(secure);
  const token = request.cookies.get(name)?.value;
  const claims = token && secret ? await decodeSession(token, secret) : null;
  if (!claims && isSpace) return intl(request);
  if (!claims) {
    // Optimistic check only (the layout checks the account in the database); it exists to
    // send the visitor to sign in and back to the page they asked for.
    const signIn = new URL(`/${staff![1]}/sign-in`, request.url);
    signIn.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(signIn, 303);
  }
  const response = intl(request);
  // Sliding expiry: an active session is re-issued every few minutes; an idle one lapses.
  if (Date.now() / 1000 - claims.iat > SESSION_REFRESH_AFTER_SECONDS) {
    response.cookies.set(name, await encodeSession({ uid: claims.uid, sv: claims.sv, authTime: claims.authTime }, secret), sessionCookieOptions(secure));
  }
  response.headers.set("Cache-Control", "private, no-store"); // staff and signed-in space pages are per user, never cached by proxies
  return response;
}

export const config = {
  // Pages only: not the API, Next internals or files with an extension (feeds, sitemap, assets).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
