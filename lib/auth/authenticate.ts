import "server-only";
import { db } from "../db";
import { keyedHash } from "../security/keys";
import { countEvent, readEventCount } from "../rate-limit";
import { recordAudit } from "../data/audit";
import { burnPasswordCheck, verifyPassword } from "./password";
import type { SessionClaims } from "./session-token";

const WINDOW_SECONDS = 15 * 60;
/** Failures allowed per account from one address in the window (the rule). */
export const MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS = 10;
// Per address across all accounts: stops one machine spraying many accounts, while an
// office behind one address still has room for its people's typos.
export const MAX_FAILURES_PER_ADDRESS = 100;

export type AuthenticationResult = { ok: true; claims: SessionClaims } | { ok: false; reason: "invalid" | "throttled" };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * Checks a password sign-in. The limit is keyed by account *and* address, so an attacker
 * who locks an account out only locks it out for their own address; the owner elsewhere
 * still signs in. Both failure answers ("no such email", "wrong password") are the same.
 */
export async function authenticate(input: { email: string; password: string; networkKey: string }): Promise<AuthenticationResult> {
  const email = normalizeEmail(input.email);
  const accountWindow = { scope: "sign-in:account+address", key: `${keyedHash("sign-in-email", email).slice(0, 32)}:${input.networkKey}`, windowSeconds: WINDOW_SECONDS };
  const addressWindow = { scope: "sign-in:address", key: input.networkKey, windowSeconds: WINDOW_SECONDS };
  const [accountFailures, addressFailures] = await Promise.all([readEventCount(accountWindow), readEventCount(addressWindow)]);

  const user = await db.user.findUnique({ where: { email }, select: { id: true, role: true, passwordHash: true, disabledAt: true, sessionVersion: true } });
  if (accountFailures >= MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS || addressFailures >= MAX_FAILURES_PER_ADDRESS) {
    await recordAudit({ actor: user, action: "auth.sign-in", outcome: "DENIED", entityType: "User", entityId: user?.id ?? "unknown", detail: { reason: "throttled" } });
    return { ok: false, reason: "throttled" };
  }

  const isValid = user?.passwordHash && !user.disabledAt ? await verifyPassword(user.passwordHash, input.password) : (await burnPasswordCheck(input.password), false);
  if (!user || !isValid) {
    await Promise.all([countEvent(accountWindow), countEvent(addressWindow)]);
    await recordAudit({
      actor: user,
      action: "auth.sign-in",
      outcome: "FAILURE",
      entityType: "User",
      entityId: user?.id ?? "unknown",
      detail: { reason: !user ? "unknown-account" : user.disabledAt ? "disabled" : "wrong-password" },
    });
    return { ok: false, reason: "invalid" };
  }

  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit({ actor: user, action: "auth.sign-in", entityType: "User", entityId: user.id });
  return { ok: true, claims: { uid: user.id, sv: user.sessionVersion, authTime: Math.floor(Date.now() / 1000) } };
}
