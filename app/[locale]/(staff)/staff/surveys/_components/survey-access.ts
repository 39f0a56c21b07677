import { getTranslations } from "next-intl/server";
import { hasPermission } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/require-user";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/routing";
import { surveyPhase } from "@/lib/surveys/lifecycle";
import type { StaffTranslator } from "../../_components/content-page";

/** The signed-in user, the staff messages, and which survey rights they hold (the data layer checks again). */
export async function surveyStaff(locale: Locale): Promise<{ user: CurrentUser; t: StaffTranslator; canManage: boolean; canModerate: boolean }> {
  const user = await requireUser(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  return { user, t, canManage: hasPermission(user, "survey.manage"), canModerate: hasPermission(user, "moderate") };
}

/** draft / scheduled / open / closed, and whether results are public. */
export function surveyState(survey: { opensAt: Date | null; closesAt: Date | null; resultsPublishedAt: Date | null }, now: Date) {
  return { phase: surveyPhase(survey, now), isPublished: !!survey.resultsPublishedAt && survey.resultsPublishedAt.getTime() <= now.getTime() };
}
