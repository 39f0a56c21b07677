"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateSessions } from "@/lib/cache/invalidate";
import { createDecision, updateDecision } from "@/lib/data/decision-edit";
import { failureState, idOf, localeOf, savedStamp, signedOutState } from "@/lib/forms/content-action";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { readFields } from "@/lib/validation/content-fields";
import { DECISION_FIELDS, decisionCreateSchema, decisionUpdateSchema } from "@/lib/validation/session-decision";

// Decisions of a CIGOV session and their follow-up. Session number and decision id travel
// in hidden fields; the data layer checks the decision belongs to that session.

const REASON_FIELDS = { dueBeforeSession: "dueOn", organizationUnknown: "ownerOrganizationId" };

export async function createDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const number = idOf(formData, "number");
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = decisionCreateSchema.safeParse(readFields(formData, DECISION_FIELDS));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await createDecision(user, number, parsed.data);
  } catch (error) {
    return failureState(error, values, REASON_FIELDS);
  }
  invalidateSessions(number);
  redirect(`/${locale}/staff/sessions/${number}?decision=${savedStamp()}`);
}

export async function updateDecisionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const number = idOf(formData, "number");
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = decisionUpdateSchema.safeParse(readFields(formData, ["loadedAt", ...DECISION_FIELDS]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await updateDecision(user, number, idOf(formData, "decisionId"), parsed.data);
  } catch (error) {
    return failureState(error, values, REASON_FIELDS);
  }
  invalidateSessions(number);
  redirect(`/${locale}/staff/sessions/${number}?decision=${savedStamp()}`);
}
