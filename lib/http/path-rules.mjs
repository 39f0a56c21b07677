// @ts-check
// Which addresses are which, in one place for proxy.ts (bundled by Next) and server.mjs (plain
// Node), so that the session refresh, the runtime kept on pages and the microcache agree.

/** Any page of the portal: its locale is the first group. */
export const LOCALE_PREFIX = /^\/(fr|ar)(?:\/|$)/;
/** The back office: signed in only, per user, and the only pages that keep the React runtime. */
export const STAFF_PATH = /^\/(fr|ar)\/staff(?:\/|$)/;
/** The collaborative space: open to visitors but used signed in, so per user too. */
export const SPACE_PATH = /^\/(fr|ar)\/space(?:\/|$)/;

/** A page whose content depends on who asks: never shared by a cache. @param {string} pathname without the query */
export function isPerUserPage(pathname) {
  return STAFF_PATH.test(pathname) || SPACE_PATH.test(pathname);
}
