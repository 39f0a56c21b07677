"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { clearSessionCookie } from "@/lib/auth/sign-in-cookie";
import { endAllSessions } from "@/lib/data/accounts";
import { isLocale } from "@/lib/i18n/routing";

/** Signing out ends every session of the account, not only this browser's cookie. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = String(formData.get("locale"));
  const user = await getCurrentUser();
  if (user) await endAllSessions(user);
  await clearSessionCookie();
  redirect(`/${isLocale(locale) ? locale : "fr"}`);
}
