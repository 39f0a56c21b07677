// Response helpers shared by the open-data routes (app/api/v1).
import { randomUUID } from "node:crypto";

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

export type ApiErrorCode = "not_found" | "internal_error";

export function errorResponse(status: number, code: ApiErrorCode, message: string, extra: Record<string, string> = {}): Response {
  return jsonResponse({ error: { code, message, ...extra } }, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Runs a route handler; an unexpected failure (the database is down, a bug) is logged with
 * a request id and answered with a generic JSON error, never with the exception's text.
 */
export async function handleOpenData(route: string, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    const requestId = randomUUID();
    console.error(`[open-data] ${route} failed (request ${requestId}):`, error);
    return errorResponse(500, "internal_error", "The data could not be read. Please try again later.", { requestId });
  }
}
