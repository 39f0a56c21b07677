// @ts-check
// What every response carries (security headers, Content-Security-Policy) and what the
// server does to HTML before it leaves: public pages ship without the React runtime, and the
// inline scripts a page keeps are allowed by their hash. Used by server.mjs; plain JavaScript
// so the server runs without a build step.
import { createHash } from "node:crypto";
import { STAFF_PATH } from "./path-rules.mjs";

/** Back-office pages keep the React runtime; every other page is plain HTML (docs/decisions.md, "JavaScript on public pages"). @param {string} pathname */
export function keepsRuntime(pathname) {
  return STAFF_PATH.test(pathname);
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
// Hints that only fetch JavaScript: useless (and wasted bytes) once the scripts are gone.
const SCRIPT_HINT = /<link\b(?=[^>]*\brel="(?:modulepreload|preload)")(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="modulepreload")[^>]*>/gi;
const SRC = /\ssrc\s*=/i;
const TYPE = /\stype\s*=\s*["']?([^"'\s>]+)/i;
const JS_TYPES = new Set(["", "module", "text/javascript", "application/javascript", "text/ecmascript", "application/ecmascript"]);

/** A `<script>` that the browser runs (not a JSON or other data block, which CSP does not govern). @param {string} attributes */
function isExecutable(attributes) {
  const type = TYPE.exec(attributes)?.[1]?.toLowerCase() ?? "";
  return JS_TYPES.has(type);
}

/**
 * @param {string} html
 * @param {{ stripScripts: boolean }} options
 * @returns {{ html: string, scriptHashes: string[], externalScripts: boolean }}
 */
export function processHtml(html, { stripScripts }) {
  /** @type {Set<string>} */
  const hashes = new Set();
  let externalScripts = false;
  let out = html.replace(SCRIPT, (whole, attributes, body) => {
    if (!isExecutable(attributes)) return whole;
    if (stripScripts) return "";
    if (SRC.test(attributes)) externalScripts = true;
    else hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
    return whole;
  });
  if (stripScripts) out = out.replace(SCRIPT_HINT, "");
  return { html: out, scriptHashes: [...hashes], externalScripts };
}

/**
 * The policy of an HTML page: scripts only from this site and only the inline ones whose hash
 * was computed from this very response; a page that kept none gets `script-src 'none'`.
 * Styles allow 'unsafe-inline' because React writes `style` attributes (progress bars, charts);
 * styles cannot run code, and the requirement is on scripts.
 * @param {{ scriptHashes: string[], externalScripts: boolean, https: boolean }} page
 */
export function pagePolicy({ scriptHashes, externalScripts, https }) {
  const scripts = [...(externalScripts ? ["'self'"] : []), ...scriptHashes];
  return [
    "default-src 'self'",
    `script-src ${scripts.length > 0 ? scripts.join(" ") : "'none'"}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Everything that is not a page (JSON, CSV, feeds, files): nothing may run or frame it. */
export const RESOURCE_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * Headers for every response. HSTS only when the site is served over HTTPS (PUBLIC_BASE_URL):
 * sent over plain HTTP it would be ignored, and on localhost it would pin a development host.
 * @param {{ https: boolean }} site
 * @returns {[string, string][]}
 */
export function commonHeaders({ https }) {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()"],
    ["X-Frame-Options", "DENY"], // for browsers that predate frame-ancestors
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ...(https ? /** @type {[string, string][]} */ ([["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]]) : []),
  ];
}
