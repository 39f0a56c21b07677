import "server-only";
import { cookies } from "next/headers";
import { authSecret, isServedOverHttps } from "../env";
import { encodeSession, sessionCookieName, sessionCookieOptions, type SessionClaims } from "./session-token";

export async function writeSessionCookie(claims: SessionClaims): Promise<void> {
  const secure = isServedOverHttps();
  (await cookies()).set(sessionCookieName(secure), await encodeSession(claims, authSecret()), sessionCookieOptions(secure));
}

export async function clearSessionCookie(): Promise<void> {
  const secure = isServedOverHttps();
  (await cookies()).set(sessionCookieName(secure), "", { ...sessionCookieOptions(secure), maxAge: 0 });
}
