import "server-only";
import type { AuditOutcome, Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { hasPermission } from "../auth/permissions";
import { AppError } from "../errors";
import { db } from "../db";

type Writer = Pick<Prisma.TransactionClient, "auditLog">;

export type AuditEntry = {
  actor: Pick<Actor, "id" | "role"> | null;
  action: string;
  outcome?: AuditOutcome;
  entityType: string;
  entityId: string | number;
  // Never passwords, tokens, addresses or free text typed by the public.
  detail?: Prisma.InputJsonValue;
};

/**
 * An entity id as stored. Refusals are audited with what the caller sent (a slug from a
 * hidden field, an answer id), which may hold a NUL byte (PostgreSQL refuses it: the refusal
 * became a 500) or be 1 MB long (beyond the index's row size): control characters are
 * dropped and the id is cut to 200 characters, enough for any real one.
 */
function auditEntityId(id: string | number): string {
  return String(id)
    .replace(/[\u0000-\u001F\u007F]/g, "")
    .toWellFormed()
    .slice(0, 200);
}

/** Appends one entry; pass the transaction so the entry and the change commit together. */
export async function recordAudit(entry: AuditEntry, writer: Writer = db): Promise<void> {
  await writer.auditLog.create({
    data: {
      actorUserId: entry.actor?.id ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      outcome: entry.outcome ?? "SUCCESS",
      entityType: entry.entityType,
      entityId: auditEntityId(entry.entityId),
      detail: entry.detail,
    },
  });
}

/** A refused action is worth an entry of its own: it is how probing shows up. */
export async function recordDenied(actor: Actor | null, action: string, entityType: string, entityId: string | number): Promise<void> {
  await recordAudit({ actor, action, outcome: "DENIED", entityType, entityId });
}

export type AuditFilters = { action?: string; outcome?: AuditOutcome; actorEmail?: string; entityType?: string; from?: Date; to?: Date; page: number };

export const AUDIT_PAGE_SIZE = 50;

export async function findAuditEntries(actor: Actor, filters: AuditFilters) {
  if (!hasPermission(actor, "audit.read")) throw new AppError("FORBIDDEN");
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.action ? { action: { startsWith: filters.action } } : {}),
    ...(filters.outcome ? { outcome: filters.outcome } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actorEmail ? { actor: { email: { contains: filters.actorEmail.toLowerCase() } } } : {}),
    ...(filters.from || filters.to ? { createdAt: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } } : {}),
  };
  const [total, entries] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.findMany({
      where,
      orderBy: { id: "desc" },
      skip: (filters.page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        action: true,
        outcome: true,
        entityType: true,
        entityId: true,
        detail: true,
        actorRole: true,
        createdAt: true,
        actor: { select: { email: true, name: true } },
      },
    }),
  ]);
  return { total, entries };
}
