// Response helpers shared by the open-data routes (app/api/v1).
import { randomUUID } from "node:crypto";
import { isDatabaseAvailable } from "../database-availability";
import { isDatabaseUnavailableError } from "../database-errors";

/**
 * Open data: any site may read it from a browser (CORS *, no credentials involved), and
 * shared caches may keep it for a minute, which absorbs bursts without serving stale data for long.
 */
export const OPEN_DATA_HEADERS = {
  "Cache-Control": "public, max-age=60",
  "Access-Control-Allow-Origin": "*",
  "X-Content-Type-Options": "nosniff",
} as const;

export function jsonResponse(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { ...OPEN_DATA_HEADERS, "Content-Type": "application/json; charset=utf-8", ...init.headers },
  });
}

export type ApiErrorCode = "not_found" | "internal_error" | "service_unavailable";

export function errorResponse(
  status: number,
  code: ApiErrorCode,
  message: string,
  extra: Record<string, string> = {},
  headers: Record<string, string> = {},
): Response {
  return jsonResponse({ error: { code, message, ...extra } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * Runs a route handler; an unexpected failure is logged with a request id and answered with a
 * generic JSON error, never with the exception's text: 503 (try again later) when the database
 * is unreachable, 500 for anything else.
 */
export async function handleOpenData(route: string, handler: () => Promise<Response>): Promise<Response> {
  const unavailable = () =>
    errorResponse(503, "service_unavailable", "The service is temporarily unavailable. Please try again in a few minutes.", {}, { "Retry-After": "30" });
  // The proxy's probe (cached, at most 2 s): a database known to be down answers at once
  // instead of after the pool's timeouts (up to DATABASE_STATEMENT_TIMEOUT_MS + 2 s).
  if (!(await isDatabaseAvailable())) return unavailable();
  try {
    return await handler();
  } catch (error) {
    if (isDatabaseUnavailableError(error)) {
      console.error(`[open-data] ${route}: database unavailable`);
      return unavailable();
    }
    const requestId = randomUUID();
    console.error(`[open-data] ${route} failed (request ${requestId}):`, error);
    return errorResponse(500, "internal_error", "The data could not be read. Please try again later.", { requestId });
  }
}
