"use server";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateSessions } from "@/lib/cache/invalidate";
import { saveSessionAgenda } from "@/lib/data/session-agenda-edit";
import { createSession, SessionDateError, updateSession } from "@/lib/data/session-edit";
import { failureState, idOf, localeOf, savedStamp, signedOutState } from "@/lib/forms/content-action";
import { echoValues, fieldErrorsOf, type FormState } from "@/lib/forms/form-state";
import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/routing";
import { readFields } from "@/lib/validation/content-fields";
import { agendaFieldOf, agendaFormInput, agendaSchema, keptAgendaItems } from "@/lib/validation/session-agenda";
import { SESSION_FIELDS, sessionCreateSchema, sessionUpdateSchema } from "@/lib/validation/session-edit";

// Sessions of the CIGOV: create, edit, agenda. Each: who is calling -> zod -> the data
// layer (which decides whether they may) -> cache invalidation -> redirect.

/** An implausible date, with what makes it so (the period, the neighbour's number and date) in the message. */
function sessionFailure(error: unknown, values: Record<string, string>, locale: Locale): FormState {
  if (!(error instanceof SessionDateError)) return failureState(error, values, { sessionNumberTaken: "number" });
  const issue = error.issue;
  const params =
    issue.key === "errors.sessionOutsidePeriod"
      ? { from: formatDate(locale, issue.window.from), to: formatDate(locale, issue.window.to) }
      : issue.key === "errors.sessionHeldInFuture"
        ? {}
        : { number: String(issue.neighbour.number), date: formatDate(locale, issue.neighbour.heldOn) };
  return { status: "error", values, fieldErrors: { heldOn: issue.key }, detail: { params: { heldOn: params } } };
}

export async function createSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = sessionCreateSchema.safeParse(readFields(formData, ["number", ...SESSION_FIELDS]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  let number: number;
  try {
    ({ number } = await createSession(user, parsed.data));
  } catch (error) {
    return sessionFailure(error, values, locale);
  }
  invalidateSessions(number);
  redirect(`/${locale}/staff/sessions/${number}?created=${savedStamp()}`);
}

// The session number travels in a hidden field (see the project form's action for why not .bind()).
export async function updateSessionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const number = idOf(formData, "number");
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = sessionUpdateSchema.safeParse(readFields(formData, ["loadedAt", ...SESSION_FIELDS]));
  if (!parsed.success) return { status: "error", values, fieldErrors: fieldErrorsOf(parsed.error) };
  try {
    await updateSession(user, number, parsed.data);
  } catch (error) {
    return sessionFailure(error, values, locale);
  }
  invalidateSessions(number);
  redirect(`/${locale}/staff/sessions/${number}?saved=${savedStamp()}`);
}

export async function saveAgendaAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const number = idOf(formData, "number");
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = agendaSchema.safeParse(agendaFormInput(formData));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return issue.path.length < 2
      ? { status: "error", values, fieldErrors: {}, formError: issue.message.startsWith("errors.") ? issue.message : "errors.invalid" }
      : { status: "error", values, fieldErrors: Object.fromEntries(parsed.error.issues.map((each) => [agendaFieldOf(each.path), each.message])) };
  }
  try {
    await saveSessionAgenda(user, number, keptAgendaItems(parsed.data));
  } catch (error) {
    return failureState(error, values);
  }
  invalidateSessions(number);
  redirect(`/${locale}/staff/sessions/${number}?agenda=${savedStamp()}`);
}
