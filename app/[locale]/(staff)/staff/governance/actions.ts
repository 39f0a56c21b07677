"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateGovernance } from "@/lib/cache/invalidate";
import { createMember, removeMember, updateMember } from "@/lib/data/member-edit";
import { failureState, idOf, localeOf, savedStamp, signedOutState, slugOf } from "@/lib/forms/content-action";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { readFields } from "@/lib/validation/content-fields";
import { MEMBER_FIELDS, memberSchema } from "@/lib/validation/member-edit";

// Seats of CIGOV, SPGOV and DPGOV. The body's slug and the member's id travel in hidden
// fields; the data layer checks the member belongs to that body, and the editor's right.

const REASON_FIELDS = { organizationUnknown: "organizationId" };

export async function createMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const body = slugOf(formData, "body");
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = memberSchema.safeParse(readFields(formData, MEMBER_FIELDS));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await createMember(user, body, parsed.data);
  } catch (error) {
    return failureState(error, values, REASON_FIELDS);
  }
  invalidateGovernance(body);
  redirect(`/${locale}/staff/governance/${body}?added=${savedStamp()}`);
}

export async function updateMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const body = slugOf(formData, "body");
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = memberSchema.safeParse(readFields(formData, MEMBER_FIELDS));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await updateMember(user, body, idOf(formData, "memberId"), parsed.data);
  } catch (error) {
    return failureState(error, values, REASON_FIELDS);
  }
  invalidateGovernance(body);
  redirect(`/${locale}/staff/governance/${body}?saved=${savedStamp()}`);
}

export async function removeMemberAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const body = slugOf(formData, "body");
  const user = await getCurrentUser();
  if (!user) return signedOutState({});
  try {
    await removeMember(user, body, idOf(formData, "memberId"));
  } catch (error) {
    return failureState(error, {});
  }
  invalidateGovernance(body);
  redirect(`/${locale}/staff/governance/${body}?removed=${savedStamp()}`);
}
