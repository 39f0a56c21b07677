import "server-only";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "../auth/permissions";
import { db } from "../db";
import { AppError } from "../errors";
import { checkIndicatorTarget, type IndicatorTargetInput } from "../validation/indicator-edit";
import { recordAudit } from "./audit";
import { authorizeContentEdit, changedFields, slugOrNotFound, StaleEditError, StaleSignal } from "./content-edit";

// Indicators in the back office: their target, and (indicator-value-edit.ts) their values.

export async function findStaffIndicators(actor: Actor) {
  await authorizeContentEdit(actor, "indicator.list", "Indicator", "*");
  return db.indicator.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      slug: true,
      titleFr: true,
      titleAr: true,
      unitFr: true,
      unitAr: true,
      targetValue: true,
      targetOn: true,
      values: { orderBy: { observedOn: "desc" }, take: 1, select: { value: true, observedOn: true } },
    },
  });
}

const indicatorEditSelect = {
  id: true,
  slug: true,
  titleFr: true,
  titleAr: true,
  unitFr: true,
  unitAr: true,
  targetValue: true,
  targetOn: true,
  updatedAt: true,
  values: { orderBy: { observedOn: "desc" }, select: { id: true, observedOn: true, value: true, source: { select: { title: true, publisher: true } } } },
} satisfies Prisma.IndicatorSelect;

export type EditableIndicator = Prisma.IndicatorGetPayload<{ select: typeof indicatorEditSelect }>;

export async function findIndicatorForEdit(actor: Actor, slug: string): Promise<EditableIndicator> {
  await authorizeContentEdit(actor, "indicator.read-for-edit", "Indicator", slug);
  const indicator = await db.indicator.findUnique({ where: { slug: slugOrNotFound(slug) }, select: indicatorEditSelect });
  if (!indicator) throw new AppError("NOT_FOUND");
  return indicator;
}

export async function updateIndicatorTarget(actor: Actor, slug: string, input: IndicatorTargetInput): Promise<void> {
  await authorizeContentEdit(actor, "indicator.update", "Indicator", slug);
  const before = await db.indicator.findUnique({ where: { slug: slugOrNotFound(slug) }, select: { id: true, unitFr: true, targetValue: true, targetOn: true } });
  if (!before) throw new AppError("NOT_FOUND");
  const issue = checkIndicatorTarget(Number(input.targetValue), before.unitFr);
  if (issue) throw new AppError("INVALID", issue);
  // Decimal(20,2) reads back as "127"; compare numbers, not their spellings.
  const fields = changedFields({ targetValue: Number(before.targetValue.toString()), targetOn: before.targetOn }, { targetValue: Number(input.targetValue), targetOn: input.targetOn }, ["targetValue", "targetOn"] as const);
  try {
    await db.$transaction(async (tx) => {
      const updated = await tx.indicator.updateMany({ where: { id: before.id, updatedAt: input.loadedAt }, data: { targetValue: input.targetValue, targetOn: input.targetOn } });
      if (updated.count === 0) throw new StaleSignal();
      await recordAudit(
        { actor, action: "indicator.update", entityType: "Indicator", entityId: before.id, detail: { slug, fields, targetValue: { from: before.targetValue.toString(), to: input.targetValue }, targetOn: { from: before.targetOn.toISOString().slice(0, 10), to: input.targetOn.toISOString().slice(0, 10) } } },
        tx,
      );
    });
  } catch (error) {
    if (error instanceof StaleSignal) throw new StaleEditError((await db.indicator.findUniqueOrThrow({ where: { id: before.id }, select: { updatedAt: true } })).updatedAt);
    throw error;
  }
}
