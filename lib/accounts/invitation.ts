// Shared by the back office (lib/data/accounts.ts) and `npm run user:create`, which runs
// outside Next: so no "server-only" here, and the Prisma client is passed in.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, Role } from "../generated/prisma/client";

/** A set-password link is valid this long; then the administrator issues a new one. */
export const INVITATION_HOURS = 72;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A random one-time token; only its hash is stored, so a database leak hands out no working link. */
export function newToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export type InvitationInput = { email: string; name: string; role: Role; organizationId: number | null };

/** Creates the account (no password yet), its set-password token and the audit entry. */
export async function createInvitation(tx: Prisma.TransactionClient, input: InvitationInput, actor: { id: number; role: Role } | null): Promise<{ userId: number; token: string }> {
  const { token, tokenHash } = newToken();
  const user = await tx.user.create({ data: { email: input.email.trim().toLowerCase(), name: input.name, role: input.role, organizationId: input.organizationId } });
  await tx.userToken.create({ data: { userId: user.id, purpose: "SET_PASSWORD", tokenHash, expiresAt: new Date(Date.now() + INVITATION_HOURS * 3600_000) } });
  await tx.auditLog.create({
    data: { actorUserId: actor?.id ?? null, actorRole: actor?.role ?? null, action: "accounts.invite", entityType: "User", entityId: String(user.id), detail: { role: input.role, organizationId: input.organizationId, via: actor ? "back-office" : "command-line" } },
  });
  return { userId: user.id, token };
}
