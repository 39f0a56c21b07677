import { z } from "zod";
import { decimal, loadedAt, requiredDay } from "./content-fields";
import { isPercentUnit } from "./indicator-value";

// An indicator's target: the value to reach and by when.

export const INDICATOR_FIELDS = ["targetValue", "targetOn"] as const;

export const indicatorTargetSchema = z.object({ loadedAt, targetValue: decimal, targetOn: requiredDay });

export type IndicatorTargetInput = z.infer<typeof indicatorTargetSchema>;

/**
 * A target is something to reach: above zero (every indicator here counts or measures a
 * share of something), and at most 100 when the unit is a percentage.
 */
export function checkIndicatorTarget(targetValue: number, unitFr: string): "errors.targetNotPositive" | "errors.percentOver100" | null {
  if (targetValue <= 0) return "errors.targetNotPositive";
  if (isPercentUnit(unitFr) && targetValue > 100) return "errors.percentOver100";
  return null;
}
