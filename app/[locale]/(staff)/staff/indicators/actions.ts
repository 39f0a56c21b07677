"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateIndicators } from "@/lib/cache/invalidate";
import { updateIndicatorTarget } from "@/lib/data/indicator-edit";
import { addIndicatorValue, removeIndicatorValue } from "@/lib/data/indicator-value-edit";
import { failureState, idOf, localeOf, savedStamp, signedOutState, slugOf } from "@/lib/forms/content-action";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { readFields } from "@/lib/validation/content-fields";
import { INDICATOR_FIELDS, indicatorTargetSchema } from "@/lib/validation/indicator-edit";
import { INDICATOR_VALUE_FIELDS, indicatorValueSchema } from "@/lib/validation/indicator-value";

// Indicators: target, and dated values with their source. The indicator's slug travels in
// a hidden field; the data layer looks it up and checks the editor's right.

export async function updateIndicatorTargetAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const slug = slugOf(formData, "indicator");
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = indicatorTargetSchema.safeParse(readFields(formData, ["loadedAt", ...INDICATOR_FIELDS]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await updateIndicatorTarget(user, slug, parsed.data);
  } catch (error) {
    return failureState(error, values, { "errors.targetNotPositive": "targetValue", "errors.percentOver100": "targetValue" });
  }
  invalidateIndicators(slug);
  redirect(`/${locale}/staff/indicators/${slug}?saved=${savedStamp()}`);
}

export async function addIndicatorValueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const slug = slugOf(formData, "indicator");
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = indicatorValueSchema.safeParse(readFields(formData, INDICATOR_VALUE_FIELDS));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await addIndicatorValue(user, slug, parsed.data);
  } catch (error) {
    return failureState(error, values, { sourceUnknown: "sourceId" });
  }
  invalidateIndicators(slug);
  redirect(`/${locale}/staff/indicators/${slug}?added=${savedStamp()}`);
}

export async function removeIndicatorValueAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const slug = slugOf(formData, "indicator");
  const user = await getCurrentUser();
  if (!user) return signedOutState({});
  try {
    await removeIndicatorValue(user, slug, idOf(formData, "valueId"));
  } catch (error) {
    return failureState(error, {});
  }
  invalidateIndicators(slug);
  redirect(`/${locale}/staff/indicators/${slug}?removed=${savedStamp()}`);
}
