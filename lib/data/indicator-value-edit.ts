import "server-only";
import type { Actor } from "../auth/permissions";
import { todayAsDate } from "../dates";
import { db } from "../db";
import { AppError } from "../errors";
import { checkIndicatorValue, type IndicatorValueInput } from "../validation/indicator-value";
import { recordAudit } from "./audit";
import { authorizeContentEdit, prismaErrorCode, slugOrNotFound } from "./content-edit";
import { resolveSource } from "./source-edit";

/** The value would be implausible (see checkIndicatorValue); `field` is where to say so. */
export class IndicatorValueError extends AppError {
  constructor(
    readonly field: "value" | "observedOn",
    key: string,
  ) {
    super("INVALID", key);
  }
}

export async function addIndicatorValue(actor: Actor, slug: string, input: IndicatorValueInput): Promise<void> {
  await authorizeContentEdit(actor, "indicator.value.add", "Indicator", slug);
  const indicator = await db.indicator.findUnique({ where: { slug: slugOrNotFound(slug) }, select: { id: true, unitFr: true, targetValue: true } });
  if (!indicator) throw new AppError("NOT_FOUND");
  const issue = checkIndicatorValue({ value: Number(input.value), observedOn: input.observedOn, isAboveTargetConfirmed: input.isAboveTargetConfirmed }, { targetValue: Number(indicator.targetValue.toString()), unitFr: indicator.unitFr }, todayAsDate());
  if (issue) throw new IndicatorValueError(issue.field, issue.key);
  if (input.sourceId !== null && !(await db.source.findUnique({ where: { id: input.sourceId }, select: { id: true } }))) throw new AppError("INVALID", "sourceUnknown");
  try {
    await db.$transaction(async (tx) => {
      const newSource = input.sourceTitle ? { title: input.sourceTitle, publisher: input.sourcePublisher, url: input.sourceUrl, publishedOn: input.sourcePublishedOn } : null;
      const sourceId = input.sourceId ?? (await resolveSource(tx, null, newSource, "OFFICIAL", "indicator"));
      const created = await tx.indicatorValue.create({
        data: { indicatorId: indicator.id, observedOn: input.observedOn, value: input.value, noteFr: input.noteFr, noteAr: input.noteAr, sourceId },
        select: { id: true },
      });
      // The indicator's "updated" date on the public page follows its newest data.
      await tx.indicator.update({ where: { id: indicator.id }, data: { updatedAt: new Date() } });
      await recordAudit({ actor, action: "indicator.value.add", entityType: "IndicatorValue", entityId: created.id, detail: { slug, observedOn: input.observedOn.toISOString().slice(0, 10), value: input.value, sourceId } }, tx);
    });
  } catch (error) {
    if (prismaErrorCode(error) === "P2002") throw new IndicatorValueError("observedOn", "valueDateTaken");
    throw error;
  }
}

/** Removes a value entered by mistake; the audit entry keeps what it was. */
export async function removeIndicatorValue(actor: Actor, slug: string, valueId: number): Promise<void> {
  await authorizeContentEdit(actor, "indicator.value.remove", "IndicatorValue", valueId);
  const value = await db.indicatorValue.findFirst({ where: { id: valueId, indicator: { slug: slugOrNotFound(slug) } }, select: { id: true, indicatorId: true, observedOn: true, value: true, sourceId: true } });
  if (!value) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    await tx.indicatorValue.delete({ where: { id: value.id } });
    await tx.indicator.update({ where: { id: value.indicatorId }, data: { updatedAt: new Date() } });
    await recordAudit({ actor, action: "indicator.value.remove", entityType: "IndicatorValue", entityId: value.id, detail: { slug, observedOn: value.observedOn.toISOString().slice(0, 10), value: value.value.toString(), sourceId: value.sourceId } }, tx);
  });
}
