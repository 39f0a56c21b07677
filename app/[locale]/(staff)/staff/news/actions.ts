"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateNews } from "@/lib/cache/invalidate";
import { createNews, setNewsPublished, updateNews } from "@/lib/data/news-edit";
import { failureState, idOf, localeOf, savedStamp, signedOutState } from "@/lib/forms/content-action";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { newsCreateSchema, newsFormInput, newsUpdateSchema } from "@/lib/validation/news-edit";

// News: create, edit, publish or withdraw. The item's id travels in a hidden field.

const REASON_FIELDS = { sessionUnknown: "sessionNumber", projectUnknown: "projectSlugs" };

/** What the user typed, with the checked projects kept (one field, comma-separated). */
function newsValues(formData: FormData): Record<string, string> {
  return { ...echoValues(formData), projectSlugs: formData.getAll("projectSlugs").map(String).join(",") };
}

export async function createNewsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = newsValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = newsCreateSchema.safeParse(newsFormInput(formData, ["isPublished"]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  let created: { id: number; slug: string };
  try {
    created = await createNews(user, parsed.data);
  } catch (error) {
    return failureState(error, values, REASON_FIELDS);
  }
  invalidateNews(created.slug);
  redirect(`/${locale}/staff/news/${created.id}?created=${savedStamp()}`);
}

export async function updateNewsAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const id = idOf(formData, "newsId");
  const values = newsValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = newsUpdateSchema.safeParse(newsFormInput(formData, ["loadedAt"]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  let slug: string;
  try {
    ({ slug } = await updateNews(user, id, parsed.data));
  } catch (error) {
    return failureState(error, values, REASON_FIELDS);
  }
  invalidateNews(slug);
  redirect(`/${locale}/staff/news/${id}?saved=${savedStamp()}`);
}

/** One button: "publish" posts isPublished=on, "withdraw" posts it empty. */
export async function setNewsPublishedAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const id = idOf(formData, "newsId");
  const isPublished = formData.get("isPublished") === "on";
  const user = await getCurrentUser();
  if (!user) return signedOutState({});
  let slug: string;
  try {
    ({ slug } = await setNewsPublished(user, id, isPublished));
  } catch (error) {
    return failureState(error, {});
  }
  invalidateNews(slug);
  redirect(`/${locale}/staff/news/${id}?${isPublished ? "published" : "unpublished"}=${savedStamp()}`);
}
