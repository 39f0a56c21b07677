// @ts-check
// Structured logs: one JSON object per line (pino), with the level, the time, and for
// anything said while answering a request, that request's id and route. Everything the
// process prints through `console` (our code and Next's) goes through the same logger.
// What must never be logged (passwords, tokens, addresses, free-text answers) is kept out by
// construction: request logs name the route without its query string or body, and addresses
// are masked in messages as a last line of defence (tests/e2e/logs.spec.ts greps a run).
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { format } from "node:util";
import pino from "pino";

/** @typedef {{ requestId: string, method: string, route: string }} RequestContext */

// One store per process, shared with code bundled by Next (which has its own module copies).
const STORE_KEY = Symbol.for("egov.requestContext");
const globals = /** @type {Record<symbol, AsyncLocalStorage<RequestContext> | undefined>} */ (/** @type {unknown} */ (globalThis));
/** @type {AsyncLocalStorage<RequestContext>} */
export const requestContext = (globals[STORE_KEY] ??= new AsyncLocalStorage());

export const logger = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: undefined, // no pid/hostname on every line: the platform's log collector adds where it came from
  messageKey: "msg",
  timestamp: pino.stdTimeFunctions.isoTime,
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const context = requestContext.getStore();
    return context ? { requestId: context.requestId, method: context.method, route: context.route } : {};
  },
});

const IPV4 = /\b(?:\d{1,3}\.){3}\d{1,3}\b/g;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){3,7}[0-9a-f]{0,4}(?![\w:])|::ffff:[\d.]+|(?<![\w:])::1(?![\w:])/gi;

/** @param {string} text */
export function maskAddresses(text) {
  return text.replace(IPV6, "[address]").replace(IPV4, "[address]");
}

/** @param {string | string[] | undefined} header */
export function requestIdFrom(header) {
  // An id set by our own load balancer is kept so its logs and ours can be joined; anything
  // that is not a plain token is replaced (it goes into logs and a response header).
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[A-Za-z0-9._-]{8,64}$/.test(value) ? value : randomUUID();
}

/** Route the console (our code and Next's own messages) into the JSON logger. */
export function routeConsoleToLogger() {
  /** @param {"debug" | "info" | "warn" | "error"} level */
  const to = (level) =>
    /** @param {unknown[]} args */
    (...args) => {
      const error = args.find((arg) => arg instanceof Error);
      const msg = maskAddresses(format(...args.map((arg) => (arg instanceof Error ? arg.message : arg))));
      if (error) logger[level]({ err: { type: error.name, message: maskAddresses(error.message), stack: maskAddresses(error.stack ?? "") } }, msg);
      else logger[level](msg);
    };
  console.log = to("info");
  console.info = to("info");
  console.debug = to("debug");
  console.warn = to("warn");
  console.error = to("error");
}
