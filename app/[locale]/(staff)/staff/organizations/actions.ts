"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateOrganizations } from "@/lib/cache/invalidate";
import { updateOrganization } from "@/lib/data/organization-edit";
import { failureState, localeOf, savedStamp, signedOutState, slugOf } from "@/lib/forms/content-action";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { readFields } from "@/lib/validation/content-fields";
import { ORGANIZATION_FIELDS, organizationSchema } from "@/lib/validation/organization-edit";

// The organisation's slug travels in a hidden field; the data layer looks it up and checks the right.
export async function updateOrganizationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const slug = slugOf(formData, "organization");
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = organizationSchema.safeParse(readFields(formData, ["loadedAt", ...ORGANIZATION_FIELDS]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await updateOrganization(user, slug, parsed.data);
  } catch (error) {
    return failureState(error, values);
  }
  invalidateOrganizations(slug);
  redirect(`/${locale}/staff/organizations/${slug}?saved=${savedStamp()}`);
}
