import "server-only";
import { db } from "../db";
import { AppError } from "../errors";
import { hashPassword, verifyPassword } from "../auth/password";
import { hasPermission, type Actor } from "../auth/permissions";
import { createInvitation, hashToken, INVITATION_HOURS, newToken, type InvitationInput } from "../accounts/invitation";
import { recordAudit, recordDenied } from "./audit";

const accountSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  lastSignInAt: true,
  passwordHash: true,
  organization: { select: { id: true, nameFr: true, nameAr: true, acronym: true } },
} as const;

/** An account id from a hidden field (any positive number): beyond int4 no row has it, and Prisma would throw (a 500). */
function accountIdOrNotFound(id: number): number {
  if (!Number.isInteger(id) || id < 1 || id > 2_147_483_647) throw new AppError("NOT_FOUND");
  return id;
}

/** An organisation that does not exist (a forged form): the foreign key refuses it, the user is told so. */
function isUnknownOrganization(error: unknown): boolean {
  return (error as { code?: string }).code === "P2003";
}

async function requireAccountsManager(actor: Actor, action: string, entityId: string | number): Promise<void> {
  if (!hasPermission(actor, "accounts.manage")) {
    await recordDenied(actor, action, "User", entityId);
    throw new AppError("FORBIDDEN");
  }
}

export async function findAccounts(actor: Actor) {
  await requireAccountsManager(actor, "accounts.list", "all");
  const users = await db.user.findMany({ orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { email: "asc" }], select: accountSelect });
  // Only whether a password is set leaves the data layer, never the hash.
  return users.map(({ passwordHash, ...user }) => ({ ...user, hasPassword: passwordHash !== null }));
}

export async function findAccount(actor: Actor, id: number) {
  await requireAccountsManager(actor, "accounts.read", id);
  const user = await db.user.findUnique({ where: { id: accountIdOrNotFound(id) }, select: accountSelect });
  if (!user) throw new AppError("NOT_FOUND");
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null };
}

export type AccountInput = InvitationInput;

function checkOrganizationRule(input: Pick<AccountInput, "role" | "organizationId">): void {
  // An SPGOV member acts for exactly one organisation; that binding is what scopes their edits.
  if (input.role === "SPGOV_EDITOR" && input.organizationId === null) throw new AppError("INVALID", "organizationRequired");
}

/** Creates an account without a password and returns the one-time set-password token. */
export async function inviteAccount(actor: Actor, input: AccountInput): Promise<{ userId: number; token: string }> {
  await requireAccountsManager(actor, "accounts.invite", input.email);
  checkOrganizationRule(input);
  try {
    return await db.$transaction((tx) => createInvitation(tx, input, actor));
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") throw new AppError("CONFLICT", "emailTaken");
    if (isUnknownOrganization(error)) throw new AppError("INVALID", "organizationUnknown");
    throw error;
  }
}

/** A new set-password link for an existing account (lost password, expired invitation). */
export async function issueSetPasswordLink(actor: Actor, userId: number): Promise<string> {
  await requireAccountsManager(actor, "accounts.reset-link", userId);
  if (!(await db.user.findUnique({ where: { id: accountIdOrNotFound(userId) }, select: { id: true } }))) throw new AppError("NOT_FOUND");
  const { token, tokenHash } = newToken();
  await db.$transaction(async (tx) => {
    await tx.userToken.updateMany({ where: { userId, purpose: "SET_PASSWORD", usedAt: null }, data: { usedAt: new Date() } }); // older links die
    await tx.userToken.create({ data: { userId, purpose: "SET_PASSWORD", tokenHash, expiresAt: new Date(Date.now() + INVITATION_HOURS * 3600_000) } });
    await recordAudit({ actor, action: "accounts.reset-link", entityType: "User", entityId: userId }, tx);
  });
  return token;
}

export async function updateAccount(actor: Actor, userId: number, input: Pick<AccountInput, "role" | "organizationId" | "name"> & { isDisabled: boolean }): Promise<void> {
  await requireAccountsManager(actor, "accounts.update", userId);
  checkOrganizationRule(input);
  // An administrator cannot lock themselves out (and so the portal with them).
  if (userId === actor.id && (input.isDisabled || input.role !== "ADMIN")) throw new AppError("INVALID", "cannotDemoteSelf");
  accountIdOrNotFound(userId);
  await db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId }, select: { role: true, organizationId: true, disabledAt: true, name: true } });
    if (!before) throw new AppError("NOT_FOUND");
    const rightsChanged = before.role !== input.role || before.organizationId !== input.organizationId || (before.disabledAt !== null) !== input.isDisabled;
    await tx.user.update({
      where: { id: userId },
      data: {
        name: input.name,
        role: input.role,
        organizationId: input.organizationId,
        disabledAt: input.isDisabled ? (before.disabledAt ?? new Date()) : null,
        // Any change of rights ends the user's open sessions: they sign in again under the new rules.
        ...(rightsChanged ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    await recordAudit(
      { actor, action: "accounts.update", entityType: "User", entityId: userId, detail: { from: { role: before.role, organizationId: before.organizationId, disabled: before.disabledAt !== null }, to: { role: input.role, organizationId: input.organizationId, disabled: input.isDisabled } } },
      tx,
    );
  }).catch((error: unknown) => {
    if (isUnknownOrganization(error)) throw new AppError("INVALID", "organizationUnknown");
    throw error;
  });
}

/** Uses a one-time token: sets the password, burns the token, ends other sessions. */
export async function setPasswordWithToken(token: string, password: string): Promise<{ userId: number; email: string }> {
  const tokenHash = hashToken(token);
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // Claimed in the same UPDATE that checks it: two uses of one link cannot both pass.
    const claimed = await tx.userToken.updateManyAndReturn({
      where: { tokenHash, purpose: "SET_PASSWORD", usedAt: null, expiresAt: { gt: new Date() } },
      data: { usedAt: new Date() },
      select: { userId: true },
    });
    const userId = claimed[0]?.userId;
    if (userId === undefined) throw new AppError("INVALID", "tokenInvalid");
    const user = await tx.user.update({ where: { id: userId }, data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } }, select: { id: true, email: true, role: true } });
    await recordAudit({ actor: user, action: "auth.set-password", entityType: "User", entityId: user.id }, tx);
    return { userId: user.id, email: user.email };
  });
}

export async function findTokenAccount(token: string) {
  const row = await db.userToken.findUnique({ where: { tokenHash: hashToken(token) }, select: { usedAt: true, expiresAt: true, purpose: true, user: { select: { email: true, disabledAt: true } } } });
  if (!row || row.usedAt || row.expiresAt <= new Date() || row.purpose !== "SET_PASSWORD" || row.user.disabledAt) return null;
  return { email: row.user.email };
}

/** Changing one's own password ends every other session (the version moves on). */
export async function changeOwnPassword(actor: Actor, currentPassword: string, newPassword: string): Promise<{ sessionVersion: number }> {
  // The current password is asked again: a session left open on a shared computer must not
  // be enough to take the account over.
  const stored = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true } });
  if (!stored?.passwordHash || !(await verifyPassword(stored.passwordHash, currentPassword))) {
    await recordAudit({ actor, action: "auth.change-password", outcome: "FAILURE", entityType: "User", entityId: actor.id });
    throw new AppError("INVALID", "currentPasswordWrong");
  }
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: actor.id }, data: { passwordHash, passwordChangedAt: new Date(), sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
    await recordAudit({ actor, action: "auth.change-password", entityType: "User", entityId: actor.id }, tx);
    return user;
  });
}

/** Sign-out: bumping the version invalidates this and every other token of the user. */
export async function endAllSessions(actor: Actor): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit({ actor, action: "auth.sign-out", entityType: "User", entityId: actor.id }, tx);
  });
}
