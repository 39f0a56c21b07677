import { z } from "zod";
import { checkbox, decimal, optionalDay, optionalId, optionalText, optionalUrl, requiredDay, requireFrenchWithArabic } from "./content-fields";

// A dated observation of an indicator, with the source that reported it.

export const INDICATOR_VALUE_FIELDS = ["observedOn", "value", "noteFr", "noteAr", "sourceId", "sourceTitle", "sourcePublisher", "sourceUrl", "sourcePublishedOn", "isAboveTargetConfirmed"] as const;

export const indicatorValueSchema = z
  .object({
    observedOn: requiredDay,
    value: decimal,
    noteFr: optionalText(500),
    noteAr: optionalText(500),
    sourceId: optionalId,
    sourceTitle: optionalText(300),
    sourcePublisher: optionalText(200),
    sourceUrl: optionalUrl,
    sourcePublishedOn: optionalDay,
    isAboveTargetConfirmed: checkbox,
  })
  .superRefine((value, context) => {
    requireFrenchWithArabic(value, context, [["noteFr", "noteAr"]]);
    // A figure without its origin cannot be checked: cite a known source or describe a new one.
    if (value.sourceId === null && !value.sourceTitle) context.addIssue({ code: "custom", path: ["sourceId"], message: "errors.sourceRequired" });
    if (value.sourceId !== null && value.sourceTitle) context.addIssue({ code: "custom", path: ["sourceTitle"], message: "errors.sourceEitherOr" });
  });

export type IndicatorValueInput = z.infer<typeof indicatorValueSchema>;

/** "%", "pourcentage", "taux"... A share cannot exceed 100. */
export function isPercentUnit(unitFr: string): boolean {
  return /%|pour ?cent|pourcentage/i.test(unitFr);
}

export type IndicatorValueIssue = { field: "value" | "observedOn"; key: string };

/**
 * Is an observation plausible? Every indicator of the programme counts something (communes,
 * services, users) or measures a share, so:
 * - a negative value is impossible;
 * - a percentage above 100 is impossible;
 * - a value above the target is possible (a target can be beaten) but is more often a
 *   typo (an extra zero), so it is accepted only when the editor confirms it;
 * - an observation is dated at most today: a value cannot be observed in the future.
 * There is no rule "no lower than the previous value": a share can fall, and a count can
 * be corrected downwards by a later report.
 */
export function checkIndicatorValue(
  observation: { value: number; observedOn: Date; isAboveTargetConfirmed: boolean },
  indicator: { targetValue: number; unitFr: string },
  today: Date,
): IndicatorValueIssue | null {
  if (observation.value < 0) return { field: "value", key: "errors.valueNegative" };
  if (isPercentUnit(indicator.unitFr) && observation.value > 100) return { field: "value", key: "errors.percentOver100" };
  if (observation.value > indicator.targetValue && !observation.isAboveTargetConfirmed) return { field: "value", key: "errors.valueAboveTarget" };
  if (observation.observedOn.getTime() > today.getTime()) return { field: "observedOn", key: "errors.observedInFuture" };
  return null;
}
