import { notFound, redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { findPostLocation } from "@/lib/data/space-threads";
import { isAppError } from "@/lib/errors";
import { parseId } from "../../_lib/params";

/** A post's permanent address (feeds, search results, quotes): the page of its thread that shows it. */
export default async function PostPermalink({ params }: PageProps<"/[locale]/space/posts/[id]">): Promise<never> {
  const { locale, id } = await params;
  const postId = parseId(id);
  if (postId === null) notFound();
  let location;
  try {
    location = await findPostLocation(await getCurrentUser(), postId);
  } catch (error) {
    if (isAppError(error, "NOT_FOUND")) notFound();
    throw error;
  }
  redirect(`/${locale}/space/threads/${location.threadId}${location.page > 1 ? `?page=${location.page}` : ""}#post-${postId}`);
}
