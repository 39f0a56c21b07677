import "server-only";
import { randomUUID } from "node:crypto";
import type { Prisma, SourceKind } from "../generated/prisma/client";
import { db } from "../db";

// Sources typed in back-office forms (a press review's article, an indicator value's report).

export type SourceInput = { title: string; publisher: string | null; url: string | null; publishedOn: Date | null };

export const sourceEditSelect = { id: true, title: true, publisher: true, url: true, publishedOn: true } satisfies Prisma.SourceSelect;

type SourceRow = Prisma.SourceGetPayload<{ select: typeof sourceEditSelect }>;

const same = (row: SourceRow, input: SourceInput) =>
  row.title === input.title && row.publisher === input.publisher && row.url === input.url && (row.publishedOn?.getTime() ?? null) === (input.publishedOn?.getTime() ?? null);

/**
 * The source to cite: the current one when nothing changed, else a new row. A source is
 * shared (one article backs a session, a news item and an indicator value), so editing it
 * in place would silently change what other pages cite.
 */
export async function resolveSource(tx: Prisma.TransactionClient, current: SourceRow | null, input: SourceInput | null, kind: SourceKind, keyPrefix: string): Promise<number | null> {
  if (!input) return null;
  if (current && same(current, input)) return current.id;
  const created = await tx.source.create({ data: { key: `${keyPrefix}-${randomUUID().slice(0, 8)}`, kind, ...input }, select: { id: true } });
  return created.id;
}

/** Existing sources, newest first, for "cite an existing source" choices. */
export function findSourceChoices() {
  return db.source.findMany({ orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "desc" }], select: { id: true, title: true, publisher: true, publishedOn: true } });
}
