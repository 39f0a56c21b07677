import "server-only";
import type { GovernanceBodyKind, Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { MEMBER_FIELDS, type MemberInput } from "../validation/member-edit";
import { recordAudit } from "./audit";
import { authorizeContentEdit, changedFields, prismaErrorCode, slugOrNotFound } from "./content-edit";

// Seats of the programme's three governance tiers. The ministerial committee's membership
// is set by the Head of Government's decision, not by the programme office.
export const EDITABLE_BODY_KINDS: readonly GovernanceBodyKind[] = ["CIGOV", "SPGOV", "DPGOV"];
const editableBody = { kind: { in: [...EDITABLE_BODY_KINDS] } } satisfies Prisma.GovernanceBodyWhereInput;

export async function findStaffBodies(actor: Actor) {
  await authorizeContentEdit(actor, "member.list", "GovernanceBody", "*");
  return db.governanceBody.findMany({ where: editableBody, orderBy: [{ position: "asc" }, { id: "asc" }], select: { slug: true, acronym: true, nameFr: true, nameAr: true, _count: { select: { members: true } } } });
}

const memberSelect = {
  id: true,
  position: true,
  roleFr: true,
  roleAr: true,
  personName: true,
  officeFr: true,
  officeAr: true,
  organizationId: true,
  startedOn: true,
  endedOn: true,
  organization: { select: { acronym: true, nameFr: true, nameAr: true } },
} satisfies Prisma.BodyMemberSelect;

export type EditableMember = Prisma.BodyMemberGetPayload<{ select: typeof memberSelect }>;

export async function findBodyForEdit(actor: Actor, slug: string) {
  await authorizeContentEdit(actor, "member.read-for-edit", "GovernanceBody", slug);
  const body = await db.governanceBody.findFirst({
    where: { slug: slugOrNotFound(slug), ...editableBody },
    select: { id: true, slug: true, acronym: true, nameFr: true, nameAr: true, members: { orderBy: [{ position: "asc" }, { id: "asc" }], select: memberSelect } },
  });
  if (!body) throw new AppError("NOT_FOUND");
  return body;
}

async function findEditableBody(slug: string) {
  const body = await db.governanceBody.findFirst({ where: { slug: slugOrNotFound(slug), ...editableBody }, select: { id: true } });
  if (!body) throw new AppError("NOT_FOUND");
  return body;
}

function memberData(input: MemberInput) {
  const { roleFr, roleAr, personName, officeFr, officeAr, organizationId, startedOn, endedOn } = input;
  return { roleFr, roleAr, personName, officeFr, officeAr, organizationId, startedOn, endedOn };
}

function organizationUnknown(error: unknown): never {
  if (prismaErrorCode(error) === "P2003") throw new AppError("INVALID", "organizationUnknown");
  throw error;
}

// Audit details name the seat and organisation by id, never the person: names identify people.
export async function createMember(actor: Actor, bodySlug: string, input: MemberInput): Promise<{ id: number }> {
  await authorizeContentEdit(actor, "member.create", "GovernanceBody", bodySlug);
  const body = await findEditableBody(bodySlug);
  try {
    return await db.$transaction(async (tx) => {
      const last = await tx.bodyMember.aggregate({ where: { bodyId: body.id }, _max: { position: true } });
      const created = await tx.bodyMember.create({ data: { bodyId: body.id, position: (last._max.position ?? 0) + 1, ...memberData(input) }, select: { id: true } });
      await recordAudit({ actor, action: "member.create", entityType: "BodyMember", entityId: created.id, detail: { body: bodySlug, organizationId: input.organizationId } }, tx);
      return created;
    });
  } catch (error) {
    return organizationUnknown(error);
  }
}

export async function updateMember(actor: Actor, bodySlug: string, memberId: number, input: MemberInput): Promise<void> {
  await authorizeContentEdit(actor, "member.update", "BodyMember", memberId);
  const body = await findEditableBody(bodySlug);
  const before = await db.bodyMember.findFirst({ where: { id: memberId, bodyId: body.id }, select: memberSelect });
  if (!before) throw new AppError("NOT_FOUND");
  try {
    await db.$transaction(async (tx) => {
      await tx.bodyMember.update({ where: { id: memberId }, data: memberData(input) });
      await recordAudit({ actor, action: "member.update", entityType: "BodyMember", entityId: memberId, detail: { body: bodySlug, fields: changedFields(before, input, MEMBER_FIELDS) } }, tx);
    });
  } catch (error) {
    organizationUnknown(error);
  }
}

export async function removeMember(actor: Actor, bodySlug: string, memberId: number): Promise<void> {
  await authorizeContentEdit(actor, "member.remove", "BodyMember", memberId);
  const body = await findEditableBody(bodySlug);
  const member = await db.bodyMember.findFirst({ where: { id: memberId, bodyId: body.id }, select: { id: true, organizationId: true, position: true } });
  if (!member) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    await tx.bodyMember.delete({ where: { id: member.id } });
    await recordAudit({ actor, action: "member.remove", entityType: "BodyMember", entityId: member.id, detail: { body: bodySlug, organizationId: member.organizationId, position: member.position } }, tx);
  });
}
