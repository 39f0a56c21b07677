"use server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { writeSessionCookie } from "@/lib/auth/sign-in-cookie";
import { changeOwnPassword } from "@/lib/data/accounts";
import { isAppError } from "@/lib/errors";
import { fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { changePasswordSchema } from "@/lib/validation/accounts";

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { status: "error", values: {}, fieldErrors: {}, formError: "errors.signedOut" };
  const parsed = changePasswordSchema(user.email).safeParse({
    currentPassword: formData.get("currentPassword") ?? "",
    password: formData.get("password") ?? "",
    confirmation: formData.get("confirmation") ?? "",
  });
  // Passwords are never echoed back into the form.
  if (!parsed.success) return { status: "error", values: {}, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    const { sessionVersion } = await changeOwnPassword(user, parsed.data.currentPassword, parsed.data.password);
    // Every other session ended with the version bump; this browser gets a token for the new one.
    await writeSessionCookie({ uid: user.id, sv: sessionVersion, authTime: Math.floor(Date.now() / 1000) });
  } catch (error) {
    if (isAppError(error, "INVALID")) return { status: "error", values: {}, fieldErrors: { currentPassword: "errors.currentPasswordWrong" } };
    throw error;
  }
  return { status: "ok", values: {}, fieldErrors: {} };
}
