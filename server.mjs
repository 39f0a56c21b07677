// @ts-check
// The portal's HTTP server: Next's request handler behind a thin layer that does, for every
// response, what Next cannot do without giving up its page cache (docs/decisions.md,
// "The server around Next"):
//  - refuse state-changing requests from another origin (lib/http/origin-check.mjs);
//  - security headers, and a Content-Security-Policy whose script hashes come from the HTML
//    actually sent (nonces would make every cached page unique);
//  - public pages without the React runtime (they work without JavaScript by design);
//  - compression, a request id and one JSON log line per request;
//  - graceful shutdown: stop accepting, finish what is in flight, then exit (the database
//    pool is closed at exit, lib/db.ts).
// Usage: node server.mjs [--dev] [--port N]   (PORT, HOSTNAME also read from the environment)
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import compression from "compression";
import { isPerUserPage, LOCALE_PREFIX } from "./lib/http/path-rules.mjs";
import { logger, maskAddresses, requestContext, requestIdFrom, routeConsoleToLogger } from "./lib/http/logging.mjs";
import { refusedOrigin } from "./lib/http/origin-check.mjs";
import { commonHeaders, keepsRuntime, pagePolicy, processHtml, RESOURCE_POLICY } from "./lib/http/response-policy.mjs";

const argv = process.argv.slice(2);
const dev = argv.includes("--dev");
const portArg = argv.indexOf("--port");
const port = Number(portArg >= 0 ? argv[portArg + 1] : (process.env.PORT ?? 3000));
const hostname = process.env.HOSTNAME || undefined;
// @ts-expect-error NODE_ENV is typed read-only by Next's types; it must be set before Next loads.
process.env.NODE_ENV ??= dev ? "development" : "production";

const publicBase = process.env.PUBLIC_BASE_URL || process.env.NEXTAUTH_URL || "";
const site = { https: publicBase.startsWith("https://"), publicOrigin: publicBase ? new URL(publicBase).origin : null };
const headersForAll = commonHeaders(site);
const shutdownGraceMs = 10_000;

routeConsoleToLogger();

const { default: next } = await import("next");
const root = path.dirname(fileURLToPath(import.meta.url));
const app = next({ dev, dir: root, port, hostname: hostname ?? "localhost" });
await app.prepare();
const handle = app.getRequestHandler();
const directRouteFor = dev ? null : await loadDirectRoutes();
const compress = compression();

let inFlight = 0;
let stopping = false;

const server = createServer((req, res) => {
  const started = process.hrtime.bigint();
  const requestId = requestIdFrom(trustedProxy() ? req.headers["x-request-id"] : undefined);
  req.headers["x-request-id"] = requestId; // app code can read it through headers()
  const route = maskAddresses(decodeSafely((req.url ?? "/").split("?")[0] ?? "/")); // never the query string: it can hold tokens or search terms
  inFlight += 1;
  res.once("close", () => {
    inFlight -= 1;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const level = res.statusCode >= 500 ? "error" : "info";
    if (logger.isLevelEnabled(level)) {
      const handler = answeredDirectly.has(res) ? "direct" : undefined; // which path answered: for operators reading a slow request
      logger[level]({ requestId, method: req.method, route, status: res.statusCode, ms: Math.round(ms * 10) / 10, handler, aborted: !res.writableFinished || undefined }, "request");
    }
    if (stopping && inFlight === 0) finishShutdown();
  });
  if (stopping) res.setHeader("Connection", "close");
  res.setHeader("X-Request-Id", requestId);
  for (const [name, value] of headersForAll) res.setHeader(name, value);

  const cacheKey = microcacheKey(req);
  const cached = cacheKey ? microcache.get(cacheKey) : undefined;
  if (cached && Date.now() - cached.at < MICROCACHE_MS) return serveFromMicrocache(req, res, cached);
  // An edit (a form or action post) may change any public page: this instance forgets them all.
  if (req.method === "POST" && !MACHINE_POST.test(req.url ?? "")) res.once("finish", () => microcache.clear());

  requestContext.run({ requestId, method: req.method ?? "GET", route }, () => {
    const refused = refusedOrigin(req, site);
    if (refused) {
      logger.warn({ reason: refused }, "refused a state-changing request from another origin");
      return sendForbidden(req, res);
    }
    const direct = directRouteFor?.(req.method ?? "GET", (req.url ?? "/").split("?")[0] ?? "/");
    if (direct) return serveDirect(req, res, direct);
    if (req.method !== "POST") return serve();
    checkFormBody(req).then(
      (problem) => (problem ? sendRefusal(req, res, problem) : serve()),
      () => sendRefusal(req, res, 400),
    );
  });

  function serve() {
    // A client that accepts no compression skips the middleware altogether.
    const compressing = req.headers["accept-encoding"] ? compress : (/** @type {any} */ _req, /** @type {any} */ _res, /** @type {() => void} */ next) => next();
    compressing(/** @type {any} */ (req), /** @type {any} */ (res), () => {
      // Next's own zlib stream leak fix (release-compression-stream): a client that leaves
      // mid-response never ends the compression stream, so destroy it.
      res.once("close", () => {
        if (!res.writableFinished) /** @type {any} */ (res).destroy?.();
      });
      shapeHtml(route, res, (req.url ?? "/").split("?")[0] ?? "/", cacheKey);
      handle(req, res).catch((error) => {
        logger.error({ err: { type: error?.name, message: maskAddresses(String(error?.message)) } }, "request handler failed");
        if (!res.headersSent) res.statusCode = 500;
        res.end();
      });
    });
  }
});

/**
 * The routes this server answers without Next (lib/http/direct-routes.ts), from the bundle the
 * build writes next to Next's output. Without it (a build by `next build` alone), Next's own
 * routes answer the same requests with the same code, only slower.
 * @returns {Promise<null | ((method: string, pathname: string) => DirectRoute | null)>}
 */
async function loadDirectRoutes() {
  // An operator's switch (and the benchmark's comparison): every route through Next.
  if (process.env.EGOV_DIRECT_ROUTES === "off") {
    logger.info("direct routes turned off (EGOV_DIRECT_ROUTES=off): Next answers every route");
    return null;
  }
  const file = path.join(root, process.env.EGOV_DIST_DIR ?? ".next", "egov-direct-routes.mjs");
  if (!existsSync(file)) {
    logger.warn({ file: path.relative(root, file) }, "no direct-routes bundle: Next answers every route");
    return null;
  }
  const bundle = await import(pathToFileURL(file).href);
  return bundle.directRouteFor;
}

/** @typedef {{ handle: (request: Request) => Promise<Response>, bodyLimit: number }} DirectRoute */
/** @type {WeakSet<import("node:http").ServerResponse>} */
const answeredDirectly = new WeakSet();

/**
 * Answers a request with a direct route: the Node request becomes a web Request as Next would
 * make it (x-forwarded-for from the socket when absent, base-server.js), the body read up to
 * one byte over the route's limit so the route itself refuses a larger one.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {DirectRoute} route
 */
async function serveDirect(req, res, route) {
  answeredDirectly.add(res);
  const declared = Number(req.headers["content-length"] ?? 0);
  // A body declared too large is not read at all: the route answers 413 from the header.
  const body = declared > route.bodyLimit ? { bytes: Buffer.alloc(0), complete: false, aborted: false } : await readUpTo(req, route.bodyLimit + 1);
  // The client left mid-body: what arrived is not what it meant to send, so nothing is submitted.
  if (body.aborted) return void res.destroy();
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
    if (!headers.has("x-forwarded-for") && req.socket.remoteAddress) headers.set("x-forwarded-for", req.socket.remoteAddress);
    const request = new Request(`http://localhost${req.url}`, { method: req.method, headers, body: body.bytes });
    const response = await route.handle(request);
    const payload = Buffer.from(await response.arrayBuffer());
    res.statusCode = response.status;
    response.headers.forEach((value, name) => res.setHeader(name, value));
    res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
    res.setHeader("Content-Length", payload.length);
    if (!body.complete) res.setHeader("Connection", "close"); // the rest of the body is not read
    res.end(payload);
  } catch (error) {
    logger.error({ err: { type: /** @type {any} */ (error)?.name, message: maskAddresses(String(/** @type {any} */ (error)?.message)) } }, "direct route failed");
    if (res.headersSent) return void res.destroy();
    res.statusCode = 500;
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.setHeader("Connection", "close");
    res.end(JSON.stringify({ error: { code: "internal_error", message: "Unexpected error; try again later." } }));
  }
  if (!body.complete) req.resume();
}

/**
 * The request body, up to `max` bytes; `complete` is false when it was longer (the rest unread),
 * `aborted` true when the connection failed or closed before the body's end.
 * @param {import("node:http").IncomingMessage} req @param {number} max
 * @returns {Promise<{ bytes: Buffer, complete: boolean, aborted: boolean }>}
 */
function readUpTo(req, max) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const finish = (/** @type {boolean} */ complete, /** @type {boolean} */ aborted) => {
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onAbort);
      req.off("close", onAbort);
      if (!complete) req.pause();
      resolve({ bytes: Buffer.concat(chunks), complete, aborted });
    };
    const onData = (/** @type {Buffer} */ chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= max) finish(false, false);
    };
    const onEnd = () => finish(true, false);
    const onAbort = () => finish(false, true);
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onAbort);
    req.on("close", onAbort);
  });
}

// Next's limit for server action bodies (serverActions.bodySizeLimit, default 1 MB). Over it,
// or with a multipart body it cannot parse, Next 16.4 answers 500 from inside its action
// handler; such a body is refused here first with 413 or 400. API routes set their own limits.
const FORM_BODY_LIMIT = 1024 * 1024;

/**
 * For a form or action post to a page: null when Next may have it, else the status to refuse
 * it with. A multipart body is read (up to the limit), parsed with the same parser Next uses
 * for no-JavaScript posts (undici's FormData), then put back for Next to read.
 * @param {import("node:http").IncomingMessage} req
 * @returns {Promise<null | 400 | 411 | 413>}
 */
async function checkFormBody(req) {
  if (req.method !== "POST" || (req.url ?? "").startsWith("/api/")) return null;
  const declared = req.headers["content-length"];
  const length = declared === undefined ? NaN : Number(declared);
  if (length > FORM_BODY_LIMIT) return 413;
  const type = String(req.headers["content-type"] ?? "");
  if (!/^multipart\/form-data\b/i.test(type)) return null;
  if (!Number.isInteger(length)) return 411; // browsers always declare the length of a form post
  const body = await readExactly(req, length);
  if (body === null) return 400;
  const parsed = await new Request("http://localhost/", { method: "POST", headers: { "content-type": type }, body }).formData().then(
    () => true,
    () => false,
  );
  if (!parsed) return 400;
  req.unshift(body);
  return null;
}

/**
 * Reads `length` bytes of a request body without consuming its end, so they can be put back
 * with unshift(); null if the body ends early, is longer, or the connection fails.
 * @param {import("node:http").IncomingMessage} req
 * @param {number} length
 * @returns {Promise<Buffer | null>}
 */
function readExactly(req, length) {
  return new Promise((resolve) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    const finish = (/** @type {Buffer | null} */ result) => {
      req.off("readable", onReadable);
      req.off("end", onEnd);
      req.off("error", onEnd);
      req.off("close", onEnd);
      resolve(result);
    };
    const onEnd = () => finish(null);
    const onReadable = () => {
      for (let chunk = req.read(); chunk !== null; chunk = req.read()) {
        chunks.push(chunk);
        size += chunk.length;
        if (size > length) return finish(null);
        if (size === length) return finish(Buffer.concat(chunks));
      }
    };
    if (length === 0) return resolve(Buffer.alloc(0));
    req.on("readable", onReadable);
    req.on("end", onEnd);
    req.on("error", onEnd);
    req.on("close", onEnd);
  });
}

/**
 * HTML is held until complete, then shaped (scripts stripped or hashed) and sent with its
 * policy; everything else streams through with the resource policy. Pages are cached whole
 * (Next's page cache) or small, so holding them costs little; streams (CSV, feeds) are not HTML.
 * @param {string} route
 * @param {import("node:http").ServerResponse} res
 * @param {string} rawPath the path as requested (still percent-encoded)
 * @param {string | null} cacheKey where to keep the page in the microcache, if it may be kept
 */
function shapeHtml(route, res, rawPath, cacheKey) {
  const original = { writeHead: res.writeHead, write: res.write, end: res.end, flushHeaders: res.flushHeaders };
  /** @type {Buffer[]} */
  const chunks = [];
  let holding = false;
  /** @type {any[] | null} */
  let heldHead = null;

  const isHtml = () => /^text\/html\b/i.test(String(res.getHeader("content-type") ?? ""));

  res.writeHead = /** @type {any} */ (
    function (/** @type {any[]} */ ...args) {
      // Headers given to writeHead itself (rare in Next) are applied first so the type is known.
      const headers = typeof args[1] === "object" ? args[1] : args[2];
      if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      const status = args[0];
      if (isHtml() && res.statusCode !== 304 && status !== 304) {
        holding = true;
        heldHead = [status];
        return res;
      }
      res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
      return original.writeHead.call(res, status);
    }
  );
  // Next flushes headers before streaming a page; a held page sends its headers at the end.
  res.flushHeaders = function () {
    if (!res.headersSent && !holding) res.writeHead(res.statusCode);
    if (!holding) original.flushHeaders.call(res);
  };
  res.write = /** @type {any} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (!res.headersSent && !holding) res.writeHead(res.statusCode);
      if (!holding) return original.write.call(res, chunk, encoding, callback);
      if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
      if (typeof encoding === "function") encoding();
      else if (typeof callback === "function") callback();
      return true;
    }
  );
  res.end = /** @type {any} */ (
    function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
      if (typeof chunk === "function") [chunk, callback] = [undefined, chunk];
      if (!res.headersSent && !holding) res.writeHead(res.statusCode);
      if (!holding) return original.end.call(res, chunk, encoding, callback);
      if (chunk) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8"));
      const html = Buffer.concat(chunks).toString("utf8");
      const send = (/** @type {string} */ finalHtml) => {
        const page = processHtml(finalHtml, { stripScripts: !keepsRuntime(route) });
        const body = Buffer.from(page.html, "utf8");
        res.setHeader("Content-Security-Policy", pagePolicy({ ...page, https: site.https }));
        res.setHeader("Content-Length", body.length);
        res.removeHeader("Transfer-Encoding");
        const status = NOT_FOUND_PAGE.test(route) ? 404 : (heldHead?.[0] ?? res.statusCode);
        if (cacheKey && status === 200) keepInMicrocache(cacheKey, res, body);
        original.writeHead.call(res, status);
        original.end.call(res, body, typeof callback === "function" ? callback : undefined);
      };
      if (res.statusCode >= 500 && EMPTY_ERROR_SHELL.test(html)) {
        // Same empty shell for a page or a form post that failed (the database went away mid-
        // request, a bug): the localized "temporarily unavailable" notice instead, same status.
        unavailablePage(LOCALE_PREFIX.exec(route)?.[1] ?? "fr", rawPath).then((page) => send(page ?? html), () => send(html));
      } else if (res.statusCode === 404 && EMPTY_ERROR_SHELL.test(html)) {
        const locale = LOCALE_PREFIX.exec(route)?.[1] ?? "fr";
        const other = locale === "fr" ? "ar" : "fr";
        // The language switch leads to the same address in the other language (itself a 404 there).
        const rest = escapeAttribute((rawPath.replace(LOCALE_PREFIX, "/") || "/").slice(0, 300));
        const sameAddress = (/** @type {string} */ page) => page.replaceAll(`href="/${other}/page-not-found"`, `href="/${other}${rest === "/" ? "" : rest}"`);
        notFoundPage(locale).then((page) => send(page ? sameAddress(page) : html), () => send(html));
      } else send(html);
      return res;
    }
  );
}

// Microcache: a public page that is the same for every visitor (a page from Next's shared page
// cache) is kept here, shaped, for MICROCACHE_MS, and served without going through Next again:
// the way a reverse proxy's one-second cache spares an application server. Signed-in visitors
// (staff editors see their change at once), back-office and space pages, query strings other
// than the page's own and Next's client requests always go to Next. Any form post to this
// instance empties it; other instances see an edit within MICROCACHE_MS plus their page
// cache's own second (docs/decisions.md, "Caching").
const MICROCACHE_MS = Number(process.env.PAGE_MICROCACHE_MS ?? 1000);
const MICROCACHE_MAX_ENTRIES = 200; // ~40 KB each at most: a bounded memory cost whatever the URLs asked
const MACHINE_POST = /^\/api\/v1\/surveys\//;
const PER_RESPONSE_HEADERS = new Set(["x-request-id", "date", "connection", "keep-alive", "transfer-encoding", "content-encoding", "content-length"]);
/** @typedef {{ at: number, headers: [string, string | number | readonly string[]][], body: Buffer }} CachedPage */
/** @type {Map<string, CachedPage>} */
const microcache = new Map();

/** @param {import("node:http").IncomingMessage} req @returns {string | null} */
function microcacheKey(req) {
  // GET only: a HEAD response has no body to keep (and must not leave an empty page behind).
  if (MICROCACHE_MS <= 0 || req.method !== "GET") return null;
  const url = req.url ?? "/";
  if (!LOCALE_PREFIX.test(url) || isPerUserPage(url.split("?")[0] ?? url)) return null;
  if (req.headers.rsc || req.headers["next-router-state-tree"] || req.headers["next-action"]) return null;
  if (/(?:^|;\s*)(?:__Host-)?egov\.session=/.test(String(req.headers.cookie ?? ""))) return null;
  return url;
}

/** @param {string} key @param {import("node:http").ServerResponse} res @param {Buffer} body */
function keepInMicrocache(key, res, body) {
  // Only what Next's shared page cache served (HIT) or just rendered into it (MISS): pages that
  // are the same for every visitor. Per-request pages carry no x-nextjs-cache header.
  if (!/^(HIT|MISS)$/.test(String(res.getHeader("x-nextjs-cache") ?? ""))) return;
  if (res.hasHeader("set-cookie") || /private|no-store/.test(String(res.getHeader("cache-control") ?? ""))) return;
  if (microcache.size >= MICROCACHE_MAX_ENTRIES) microcache.delete(/** @type {string} */ (microcache.keys().next().value));
  const headers = /** @type {CachedPage["headers"]} */ (Object.entries(res.getHeaders()).filter(([name, value]) => value !== undefined && !PER_RESPONSE_HEADERS.has(name)));
  microcache.set(key, { at: Date.now(), headers, body });
}

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {CachedPage} page */
function serveFromMicrocache(req, res, page) {
  for (const [name, value] of page.headers) res.setHeader(name, value);
  res.setHeader("X-Microcache", "HIT");
  const send = () => {
    res.statusCode = 200;
    res.end(page.body);
  };
  if (req.headers["accept-encoding"]) compress(/** @type {any} */ (req), /** @type {any} */ (res), send);
  else send();
}

// Next 16 answers `notFound()` with an empty shell whose content only JavaScript can show
// (vercel/next.js#98954); the localized page at /{locale}/page-not-found is sent instead.
const EMPTY_ERROR_SHELL = /<html id="__next_error__"/;
const NOT_FOUND_PAGE = /^\/(fr|ar)\/page-not-found\/?$/;
/** @type {Map<string, { at: number, html: Promise<string | null> }>} */
const notFoundPages = new Map();

/**
 * The notice the proxy shows during an outage (app/[locale]/unavailable), asked of this server
 * with the header that page requires; its retry link leads back to the failed address.
 * @param {string} locale @param {string} rawPath
 */
function unavailablePage(locale, rawPath) {
  return fetch(`http://${selfHost()}:${port}/${locale}/unavailable`, { headers: { "x-egov-unavailable-path": rawPath }, signal: AbortSignal.timeout(5_000) })
    .then((response) => response.text())
    .then((text) => (EMPTY_ERROR_SHELL.test(text) ? null : text))
    .catch(() => null);
}

function selfHost() {
  const self = hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "127.0.0.1";
  return self.includes(":") ? `[${self}]` : self;
}
/** @param {string} locale */
function notFoundPage(locale) {
  const cached = notFoundPages.get(locale);
  if (cached && Date.now() - cached.at < 60_000) return cached.html;
  // Asked of this same server, so it comes from the page cache like any page.
  const html = fetch(`http://${selfHost()}:${port}/${locale}/page-not-found`, { signal: AbortSignal.timeout(5_000) })
    .then((response) => response.text())
    .then((text) => (EMPTY_ERROR_SHELL.test(text) ? null : text))
    .catch(() => null)
    .then((text) => {
      if (text === null) notFoundPages.delete(locale); // not kept: the next 404 tries again
      return text;
    });
  notFoundPages.set(locale, { at: Date.now(), html });
  return html;
}

const REFUSALS = {
  400: "Envoi illisible : le formulaire n'a pas pu être lu. Revenez à la page et réessayez.\nتعذرت قراءة الاستمارة المرسلة. عودوا إلى الصفحة وأعيدوا المحاولة.\n",
  411: "Envoi refusé : sa taille n'est pas indiquée.\nتم رفض الإرسال: حجمه غير محدد.\n",
  413: "Envoi trop volumineux (1 Mo au plus). Raccourcissez votre texte et réessayez.\nالإرسال كبير جدا (1 ميغابايت على الأكثر). اختصروا النص وأعيدوا المحاولة.\n",
};

/**
 * A form post refused before Next: plain text in both languages (no page can be rendered for a
 * body that was not read), and the connection closed since the body may be unread.
 * @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res @param {400 | 411 | 413} status
 */
function sendRefusal(req, res, status) {
  logger.warn({ status }, "refused a form post before the application");
  res.statusCode = status;
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Connection", "close");
  res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.end(REFUSALS[status]);
  req.resume(); // drain what the client still sends, so it reads the answer instead of a reset
}

/** @param {import("node:http").IncomingMessage} req @param {import("node:http").ServerResponse} res */
function sendForbidden(req, res) {
  res.statusCode = 403;
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Content-Security-Policy", RESOURCE_POLICY);
  if ((req.url ?? "").startsWith("/api/")) {
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    res.end(JSON.stringify({ error: "forbidden_origin", message: "Requête refusée : elle ne vient pas de ce site. / تم رفض الطلب: لم يصدر عن هذا الموقع." }));
    return;
  }
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.end("Requête refusée : elle ne vient pas de ce site. Revenez à la page et réessayez.\nتم رفض الطلب: لم يصدر عن هذا الموقع. عودوا إلى الصفحة وأعيدوا المحاولة.\n");
}

function trustedProxy() {
  return Number(process.env.TRUSTED_PROXY_HOPS ?? 1) > 0; // same default as lib/security/network.ts
}

/** @param {string} text */
function escapeAttribute(text) {
  return text.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** @param {string} pathname */
function decodeSafely(pathname) {
  try {
    return decodeURIComponent(pathname).slice(0, 300);
  } catch {
    return pathname.slice(0, 300);
  }
}

server.keepAliveTimeout = 5_000;
server.listen(port, hostname, () => logger.info({ port, dev }, "portal server listening"));

let shutdownTimer = /** @type {NodeJS.Timeout | null} */ (null);
function startShutdown(/** @type {string} */ signal) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal, inFlight }, "stopping: no new connections, finishing requests in progress");
  server.close();
  server.closeIdleConnections();
  shutdownTimer = setTimeout(() => {
    logger.warn({ inFlight }, "requests still running after the grace period; exiting");
    process.exit(0);
  }, shutdownGraceMs);
  shutdownTimer.unref();
  // Deferred so every other SIGTERM listener runs first (lib/db.ts arranges to close the pool at exit).
  if (inFlight === 0) setImmediate(finishShutdown);
}
function finishShutdown() {
  if (shutdownTimer) clearTimeout(shutdownTimer);
  logger.info("stopped");
  process.exit(0); // lib/db.ts closes the database pool at exit
}
process.on("SIGTERM", () => startShutdown("SIGTERM"));
process.on("SIGINT", () => startShutdown("SIGINT"));
