"use server";
// The space's posting actions. Every export is a public endpoint: each one reads the
// session, parses the form with its zod schema and leaves every decision (who may read,
// post, edit, report what) to the data layer. Ids travel in hidden fields, not .bind():
// a bound action with useActionState hangs on a no-JavaScript post in Next 16.4
// (vercel/next.js#98045); a hidden field is no less trusted, the data layer checks it.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateSpaceLinks } from "@/lib/cache/invalidate";
import { createReply, createThread, editPost } from "@/lib/data/space-posting";
import { reportPost } from "@/lib/data/space-reports";
import { setFollowing, markSubscriptionRead } from "@/lib/data/space-subscriptions";
import { findPostLocation, findThreadLinks } from "@/lib/data/space-threads";
import { isAppError } from "@/lib/errors";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { editPostSchema, followSchema, formFields, markReadSchema, newThreadSchema, replySchema, reportSchema } from "@/lib/validation/space";
import { failure, localeOf, signedOut } from "./_lib/form-result";

async function postUrl(locale: string, postId: number, flag: string): Promise<string> {
  const user = await getCurrentUser();
  const { threadId, page } = await findPostLocation(user, postId);
  return `/${locale}/space/threads/${threadId}?${page > 1 ? `page=${page}&` : ""}${flag}=1#post-${postId}`;
}

export async function createThreadAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOut(values);
  const parsed = newThreadSchema.safeParse(formFields(formData, ["category", "title", "body", "project", "session"]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  let created;
  try {
    created = await createThread(user, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  invalidateSpaceLinks(created);
  redirect(`/${locale}/space/threads/${created.threadId}?posted=1`);
}

export async function replyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOut(values);
  const parsed = replySchema.safeParse(formFields(formData, ["threadId", "to", "body"]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  let created;
  try {
    created = await createReply(user, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  invalidateSpaceLinks(created);
  redirect(await postUrl(locale, created.postId, "posted"));
}

export async function editPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOut(values);
  const parsed = editPostSchema.safeParse(formFields(formData, ["postId", "body"]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  let edited;
  try {
    edited = await editPost(user, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  invalidateSpaceLinks(edited);
  redirect(await postUrl(locale, edited.postId, "edited"));
}

export async function reportPostAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOut(values);
  const parsed = reportSchema.safeParse(formFields(formData, ["postId", "reason"]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  let result;
  try {
    result = await reportPost(user, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  if (result.isHidden) invalidateSpaceLinks(await findThreadLinks(result.threadId));
  redirect(await postUrl(locale, parsed.data.postId, "reported"));
}

/** Follow or stop following a thread or a project; back to the page the button was on. */
export async function followAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const parsed = followSchema.safeParse(formFields(formData, ["target", "threadId", "project", "follow"]));
  const back = parsed.success
    ? parsed.data.target === "thread"
      ? `/${locale}/space/threads/${parsed.data.threadId}`
      : `/${locale}/space/projects/${parsed.data.project}`
    : `/${locale}/space`;
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(back)}`);
  if (!parsed.success) redirect(back);
  try {
    await setFollowing(user, parsed.data);
  } catch (error) {
    if (!isAppError(error)) throw error;
    redirect(`/${locale}/space`);
  }
  redirect(back);
}

export async function markReadAction(formData: FormData): Promise<void> {
  const locale = localeOf(formData);
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/space/followed`)}`);
  const parsed = markReadSchema.safeParse(formFields(formData, ["subscriptionId"]));
  if (parsed.success) {
    try {
      await markSubscriptionRead(user, parsed.data.subscriptionId);
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
  }
  redirect(`/${locale}/space/followed`);
}
