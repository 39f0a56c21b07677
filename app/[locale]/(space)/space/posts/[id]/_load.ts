import { notFound, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { findPostForForm, type SinglePost } from "@/lib/data/space-threads";
import { isAppError } from "@/lib/errors";
import { parseId, signInHref } from "../../_lib/params";

/** The signed-in user and the post a form page is about (sign-in first; 404 for anything unreadable). */
export async function loadPostForForm(locale: string, rawId: string, page: "edit" | "report"): Promise<{ user: CurrentUser; post: SinglePost }> {
  const postId = parseId(rawId);
  if (postId === null) notFound();
  const user = await getCurrentUser();
  if (!user) redirect(signInHref(locale, `/space/posts/${postId}/${page}`));
  try {
    return { user, post: await findPostForForm(user, postId, `space.post.${page}`) };
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
}
