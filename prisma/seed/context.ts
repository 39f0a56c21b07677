// Shared plumbing for the seed modules: the transaction client type, the id maps that
// later modules use to link to rows created by earlier ones, and date helpers.
import type { Prisma } from "../../lib/generated/prisma/client";

export type SeedTx = Prisma.TransactionClient;

/** Ids of seeded rows by their stable key (slug or source key). */
export type SeedContext = {
  programmeId: number;
  sources: Record<string, number>;
  organizations: Record<string, number>;
  axes: Record<string, number>;
  bodies: Record<string, number>;
  projects: Record<string, number>;
  sessions: Record<string, number>;
  /** When this seed ran: opening date of the illustrative survey. */
  seededAt: Date;
};

/** Actor snapshot written on the history rows the seed creates. */
// Shown on the public history, which is in French by default: name the programme office.
export const SEED_ACTOR = "Direction de pilotage du programme (données initiales)";

/** A calendar date (YYYY-MM-DD) as a UTC midnight Date, which is how @db.Date columns round-trip. */
export function day(iso: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`seed: not a calendar date: ${iso}`);
  return new Date(`${iso}T00:00:00.000Z`);
}

/** Looks up a key in an id map and fails loudly on a typo instead of inserting a null link. */
export function idOf(map: Record<string, number>, key: string, what: string): number {
  const id = map[key];
  if (id === undefined) throw new Error(`seed: unknown ${what} "${key}"`);
  return id;
}
