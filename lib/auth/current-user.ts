import "server-only";
import { cookies } from "next/headers";
import { cache } from "react";
import { db } from "../db";
import { authSecret, isServedOverHttps } from "../env";
import type { Actor } from "./permissions";
import { decodeSession, sessionCookieName } from "./session-token";

export type CurrentUser = Actor & { email: string };

/**
 * The signed-in user for this request, or null. The token alone is not trusted: the account
 * is read on every request, so a disabled account, a changed password or a sign-out
 * (each bumps sessionVersion) ends every session at once, which a bare JWT cannot do.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const token = (await cookies()).get(sessionCookieName(isServedOverHttps()))?.value;
  if (!token) return null;
  const claims = await decodeSession(token, authSecret());
  if (!claims) return null;
  const user = await db.user.findUnique({
    where: { id: claims.uid },
    select: { id: true, email: true, name: true, role: true, organizationId: true, sessionVersion: true, disabledAt: true, organization: { select: { nameFr: true } } },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sv) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role, organizationId: user.organizationId, organizationName: user.organization?.nameFr ?? null };
});
