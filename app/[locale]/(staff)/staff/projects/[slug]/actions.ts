"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateProject } from "@/lib/cache/invalidate";
import { ProjectConflictError, updateProject } from "@/lib/data/project-edit";
import { isAppError } from "@/lib/errors";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { isLocale } from "@/lib/i18n/routing";
import { projectEditFormInput, projectEditSchema } from "@/lib/validation/project-edit";
import { toEditValues } from "./_components/edit-values";

const INVALID_REASONS: Record<string, [string, string]> = {
  noChange: ["form", "errors.noChange"],
  sessionUnknown: ["approvedBySession", "errors.sessionUnknown"],
  milestoneUnknown: ["form", "errors.invalid"],
};

// The slug travels in a hidden field, not through .bind(): a client-bound action with
// useActionState hangs on a no-JavaScript post in Next 16.4 (vercel/next.js#98045). The
// field is no less trusted than a bound argument: the data layer checks the edit right.
export async function updateProjectAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const slug = String(formData.get("slug") ?? "").slice(0, 200);
  const localeInput = String(formData.get("locale"));
  const locale = isLocale(localeInput) ? localeInput : "fr";
  const values = echoValues(formData);
  // Who is calling: checked here and again in the data layer, which decides what they may touch.
  const user = await getCurrentUser();
  if (!user) return { status: "error", values, fieldErrors: {}, formError: "errors.signedOut" };

  const parsed = projectEditSchema.safeParse(projectEditFormInput(formData));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };

  try {
    await updateProject(user, slug, parsed.data, locale);
  } catch (error) {
    if (error instanceof ProjectConflictError) {
      return {
        status: "conflict",
        // Keep what the editor typed, but on the version now saved, so a second save is deliberate.
        values: { ...values, version: String(error.current.version) },
        fieldErrors: {},
        formError: "errors.conflict",
        detail: { saved: toEditValues(error.current), lastChange: error.lastChange ? { actorName: error.lastChange.actorName, at: error.lastChange.createdAt.toISOString() } : null },
      };
    }
    if (isAppError(error, "FORBIDDEN")) return { status: "error", values, fieldErrors: {}, formError: "errors.forbidden" };
    if (isAppError(error, "NOT_FOUND")) return { status: "error", values, fieldErrors: {}, formError: "errors.notFound" };
    if (isAppError(error, "INVALID")) {
      const [field, key] = INVALID_REASONS[error.message] ?? ["form", "errors.invalid"];
      return field === "form" ? { status: "error", values, fieldErrors: {}, formError: key } : { status: "error", values, fieldErrors: { [field]: key } };
    }
    throw error;
  }
  invalidateProject(slug);
  redirect(`/${locale}/staff/projects/${slug}?saved=1`);
}
