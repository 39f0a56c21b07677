import "server-only";
import { hasPermission, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { parseSlug } from "../route-params";
import { recordDenied } from "./audit";

// What every content edit (sessions, news, indicators, organisations, governance members)
// shares: who may do it, and how a lost update is refused on tables without a version.

/**
 * Only the programme office and administrators edit the programme's content. Checked here,
 * in the data layer, so every route to the data (action, API, script) gets the same answer;
 * a refusal is audited because that is how probing shows up.
 */
export async function authorizeContentEdit(actor: Actor, action: string, entityType: string, entityId: string | number): Promise<void> {
  if (hasPermission(actor, "content.edit")) return;
  await recordDenied(actor, action, entityType, entityId);
  throw new AppError("FORBIDDEN");
}

/**
 * Someone saved the row after this editor loaded it. These tables have no version column,
 * so the update carries `updatedAt = <what the editor loaded>` instead (Prisma stamps
 * updatedAt on every write): of two editors exactly one wins, the other is told, with the
 * current stamp so that saving again is a deliberate choice.
 */
export class StaleEditError extends AppError {
  constructor(readonly currentUpdatedAt: Date) {
    super("CONFLICT");
  }
}

/** Signals from inside a transaction that its guarded UPDATE matched no row. */
export class StaleSignal extends Error {}

/**
 * A slug from a hidden field as a lookup key, or NOT_FOUND. Our slugs are lowercase ASCII
 * words and hyphens (parseSlug); anything else cannot match a row, and a NUL byte in it made
 * PostgreSQL fail the query (a 500) instead of finding nothing.
 */
export function slugOrNotFound(slug: string): string {
  if (parseSlug(slug) === null) throw new AppError("NOT_FOUND");
  return slug;
}

/** Prisma's "unique constraint" and "foreign key" errors, by code, without importing the runtime. */
export function prismaErrorCode(error: unknown): string | null {
  return typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" ? error.code : null;
}

type Comparable = string | number | boolean | Date | null | undefined | { toString(): string };

/** Names of the fields whose value differs, for the audit entry (names only, never the text). */
export function changedFields<Name extends string>(before: Record<Name, Comparable>, after: Record<Name, Comparable>, names: readonly Name[]): Name[] {
  const normalise = (value: Comparable) => (value instanceof Date ? value.toISOString() : value === null || value === undefined ? "" : String(value));
  return names.filter((name) => normalise(before[name]) !== normalise(after[name]));
}
