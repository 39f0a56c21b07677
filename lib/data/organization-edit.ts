import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { ORGANIZATION_FIELDS, type OrganizationInput } from "../validation/organization-edit";
import { recordAudit } from "./audit";
import { authorizeContentEdit, changedFields, slugOrNotFound, StaleEditError, StaleSignal } from "./content-edit";

export async function findStaffOrganizations(actor: Actor) {
  await authorizeContentEdit(actor, "organization.list", "Organization", "*");
  return db.organization.findMany({ orderBy: { nameFr: "asc" }, select: { slug: true, kind: true, nameFr: true, nameAr: true, acronym: true, websiteUrl: true } });
}

const organizationEditSelect = { id: true, slug: true, kind: true, nameFr: true, nameAr: true, acronym: true, websiteUrl: true, updatedAt: true } satisfies Prisma.OrganizationSelect;

export type EditableOrganization = Prisma.OrganizationGetPayload<{ select: typeof organizationEditSelect }>;

export async function findOrganizationForEdit(actor: Actor, slug: string): Promise<EditableOrganization> {
  await authorizeContentEdit(actor, "organization.read-for-edit", "Organization", slug);
  const organization = await db.organization.findUnique({ where: { slug: slugOrNotFound(slug) }, select: organizationEditSelect });
  if (!organization) throw new AppError("NOT_FOUND");
  return organization;
}

/** Names, acronym and website. The slug stays: it is the organisation's public address. */
export async function updateOrganization(actor: Actor, slug: string, input: OrganizationInput): Promise<void> {
  await authorizeContentEdit(actor, "organization.update", "Organization", slug);
  const before = await db.organization.findUnique({ where: { slug: slugOrNotFound(slug) }, select: organizationEditSelect });
  if (!before) throw new AppError("NOT_FOUND");
  const fields = changedFields(before, input, ORGANIZATION_FIELDS);
  try {
    await db.$transaction(async (tx) => {
      const { nameFr, nameAr, acronym, websiteUrl } = input;
      const updated = await tx.organization.updateMany({ where: { id: before.id, updatedAt: input.loadedAt }, data: { nameFr, nameAr, acronym, websiteUrl } });
      if (updated.count === 0) throw new StaleSignal();
      await recordAudit({ actor, action: "organization.update", entityType: "Organization", entityId: before.id, detail: { slug, fields } }, tx);
    });
  } catch (error) {
    if (error instanceof StaleSignal) throw new StaleEditError((await db.organization.findUniqueOrThrow({ where: { id: before.id }, select: { updatedAt: true } })).updatedAt);
    throw error;
  }
}
