import { decode, encode } from "next-auth/jwt";

/** Sessions end after this long without a request; each staff request slides it forward. */
export const SESSION_IDLE_SECONDS = 30 * 60;
/** And after this long in any case, active or not (a stolen token stops working). */
export const SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;
/** A token older than this is re-issued by proxy.ts, so an active session does not expire. */
export const SESSION_REFRESH_AFTER_SECONDS = 5 * 60;

export type SessionClaims = { uid: number; sv: number; authTime: number };

// __Host-: the browser refuses it unless Secure, path=/ and no Domain, so no other site or
// subdomain can plant or read it. Over plain HTTP (local demo) the prefix is impossible.
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-egov.session" : "egov.session";
}

export function sessionCookieOptions(secure: boolean) {
  return { httpOnly: true, sameSite: "lax" as const, secure, path: "/", maxAge: SESSION_IDLE_SECONDS };
}

/** next-auth's own token format (JWE, A256GCM, key derived from NEXTAUTH_SECRET). */
export function encodeSession(claims: SessionClaims, secret: string): Promise<string> {
  return encode({ token: { sub: String(claims.uid), ...claims }, secret, maxAge: SESSION_IDLE_SECONDS });
}

export async function decodeSession(token: string, secret: string, now = Date.now()): Promise<(SessionClaims & { iat: number }) | null> {
  try {
    const payload = await decode({ token, secret });
    if (!payload) return null;
    const { uid, sv, authTime, iat } = payload as Record<string, unknown>;
    if (typeof uid !== "number" || typeof sv !== "number" || typeof authTime !== "number" || typeof iat !== "number") return null;
    if (now / 1000 - authTime > SESSION_ABSOLUTE_SECONDS) return null;
    return { uid, sv, authTime, iat };
  } catch {
    return null; // tampered, expired or signed with another secret
  }
}
