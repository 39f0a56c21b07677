import "server-only";
import type { Prisma } from "../generated/prisma/client";
import { hasPermission, isStaff, type Actor } from "../auth/permissions";
import { AppError } from "../errors";
import { recordDenied } from "./audit";

/**
 * Who reads what in the collaborative space, in one place so that every route (pages,
 * thread by id, search, feeds, the project and session blocks, actions) asks the same
 * question. A category marked public is read by everyone, signed in or not; any other
 * category is a working room of the programme's staff (every role but STAKEHOLDER).
 * Signed-in stakeholders post in the public categories, where the public reads them.
 */
export type Reader = Actor | null;

export function canReadRestricted(reader: Reader): boolean {
  return isStaff(reader);
}

export function canReadCategory(reader: Reader, category: { isPublic: boolean }): boolean {
  return category.isPublic || canReadRestricted(reader);
}

/** The `where` of the categories this reader may see. */
export function readableCategoryWhere(reader: Reader): Prisma.DiscussionCategoryWhereInput {
  return canReadRestricted(reader) ? {} : { isPublic: true };
}

/** Threads a list shows: in a readable category, and not hidden with their opening post. */
export function listedThreadWhere(reader: Reader): Prisma.ThreadWhereInput {
  return { status: "VISIBLE", category: readableCategoryWhere(reader) };
}

export function canModerate(reader: Reader): boolean {
  return hasPermission(reader, "moderate");
}

/**
 * A refused read answers "not found", so a restricted thread's existence is not revealed;
 * a signed-in user's attempt is still audited, since that is how probing shows up.
 */
export async function refuseRead(reader: Reader, action: string, entityType: string, entityId: string | number): Promise<never> {
  if (reader) await recordDenied(reader, action, entityType, entityId);
  throw new AppError("NOT_FOUND");
}

/** Moderation rights, checked in the data layer whatever the page showed; a refusal is audited. */
export async function requireModerator(reader: Reader, action: string, entityType: string, entityId: string | number): Promise<Actor> {
  if (!reader) throw new AppError("UNAUTHENTICATED");
  if (!canModerate(reader)) {
    await recordDenied(reader, action, entityType, entityId);
    throw new AppError("FORBIDDEN");
  }
  return reader;
}
