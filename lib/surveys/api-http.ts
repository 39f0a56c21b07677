// HTTP plumbing of the survey submission API (POST /api/v1/surveys/{id}/responses).
import { randomUUID } from "node:crypto";
import { isDatabaseUnavailableError } from "../database-errors";

/** Largest request body accepted: a full survey's answers are a few KB; this leaves room. */
export const MAX_BODY_BYTES = 64 * 1024;

export type SurveyApiErrorCode =
  | "not_found"
  | "malformed_json"
  | "unsupported_media_type"
  | "payload_too_large"
  | "invalid_respondent_token"
  | "invalid_answers"
  | "already_answered"
  | "survey_closed"
  | "survey_not_open"
  | "rate_limited"
  | "service_unavailable"
  | "internal_error";

// A submission is never cached. No CORS header: the endpoint is for programs (an app, a
// call-centre tool), and refusing other sites' scripts keeps web pages from making their
// visitors' browsers submit responses (or spend their address's rate limit).
const HEADERS = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff", "Content-Type": "application/json; charset=utf-8" } as const;

export function apiJson(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { ...HEADERS, ...headers } });
}

export function apiError(status: number, code: SurveyApiErrorCode, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): Response {
  return apiJson(status, { error: { code, message, ...extra } }, headers);
}

export type BodyResult = { ok: true; value: unknown } | { ok: false; response: Response };

/**
 * The JSON body, read up to MAX_BODY_BYTES: a declared or actual larger body is refused
 * with 413 without reading the rest (no unbounded buffering), a body that is not JSON with
 * 400, another content type with 415.
 */
export async function readJsonBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) {
    return { ok: false, response: apiError(415, "unsupported_media_type", "Send the answers as JSON (Content-Type: application/json).") };
  }
  const tooLarge = () => ({ ok: false as const, response: apiError(413, "payload_too_large", `The body must not exceed ${limit} bytes.`) });
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) return tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return tooLarge();
      }
      chunks.push(value);
    }
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: apiError(400, "malformed_json", "The body is not valid UTF-8 JSON.") };
  }
}

/** Unexpected failures: logged with an id (never the body), answered without detail. */
export async function handleSurveyApi(route: string, handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isDatabaseUnavailableError(error)) {
      return apiError(503, "service_unavailable", "The service is temporarily unavailable. Please try again shortly.", {}, { "Retry-After": "30" });
    }
    const requestId = randomUUID();
    console.error(`[surveys-api] ${route} failed (request ${requestId}):`, error);
    return apiError(500, "internal_error", "The response could not be recorded. Please try again later.", { requestId });
  }
}
