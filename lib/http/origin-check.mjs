// @ts-check
// Cross-site request forgery defence for every state-changing request, before Next sees it.
// Browsers send `Origin` with every POST; a request whose Origin is not this site, is "null"
// (sandboxed frames, some redirects) or is missing is refused. Next's own server-action check
// lets a missing Origin through, hence this one.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
// The public survey API is made for programs (no browser, so no Origin). It reads no cookie (the
// respondent token travels in a header), so a forged call carries no one's authority: CSRF
// cannot apply. A browser's cross-site call still carries a foreign Origin and is refused.
const MACHINE_API = /^\/api\/v1\/surveys\/[^/]+\/responses\/?$/;

/**
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @param {{ publicOrigin: string | null, https: boolean }} site
 * @returns {null | "missing" | "null" | "foreign"} why the request is refused, or null to let it through
 */
export function refusedOrigin(request, site) {
  if (SAFE_METHODS.has((request.method ?? "GET").toUpperCase())) return null;
  const origin = single(request.headers.origin);
  if (origin === undefined) {
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    if (MACHINE_API.test(pathname)) return null;
    return "missing";
  }
  if (origin === "null") return "null";
  return allowedOrigins(request, site).has(origin) ? null : "foreign";
}

/**
 * This site's origin: the configured public address, and the Host the request was sent to
 * (a browser only sends its own Host, so a foreign page cannot borrow it).
 * @param {{ headers: Record<string, string | string[] | undefined> }} request
 * @param {{ publicOrigin: string | null, https: boolean }} site
 */
function allowedOrigins(request, site) {
  const origins = new Set();
  if (site.publicOrigin) origins.add(site.publicOrigin);
  const host = single(request.headers.host);
  if (host) origins.add(`${site.https ? "https" : "http"}://${host.toLowerCase()}`);
  return origins;
}

/** @param {string | string[] | undefined} value */
function single(value) {
  return Array.isArray(value) ? value[0] : value;
}
