"use server";
// Moderation actions: public endpoints like every action, so the data layer checks the
// moderation right itself (and audits a refusal), whatever the page showed.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateSpaceLinks } from "@/lib/cache/invalidate";
import { moderatePost, setThreadLock } from "@/lib/data/space-moderation";
import { findThreadLinks } from "@/lib/data/space-threads";
import { isAppError } from "@/lib/errors";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { formFields, lockSchema, moderationSchema } from "@/lib/validation/space";
import { failure, localeOf, signedOut } from "../_lib/form-result";

export async function moderatePostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOut(values);
  const parsed = moderationSchema.safeParse(formFields(formData, ["postId", "decision", "note"]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  let result;
  try {
    result = await moderatePost(user, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  invalidateSpaceLinks(await findThreadLinks(result.threadId));
  redirect(`/${locale}/space/moderation?done=${parsed.data.decision}`);
}

export async function lockThreadAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const parsed = lockSchema.safeParse(formFields(formData, ["threadId", "locked"]));
  const back = parsed.success ? `/${locale}/space/threads/${parsed.data.threadId}` : `/${locale}/space`;
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(back)}`);
  if (!parsed.success) redirect(back);
  try {
    await setThreadLock(user, parsed.data.threadId, parsed.data.locked);
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(`${back}?refused=1`);
  }
  redirect(back);
}
