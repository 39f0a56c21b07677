"use server";
import { redirect } from "next/navigation";
import { nextDay, startOfPortalDay } from "@/lib/dates";
import { getCurrentUser } from "@/lib/auth/current-user";
import { invalidateSurveys } from "@/lib/cache/invalidate";
import { createSurvey, findSurveyForEditing, updateSurvey, type EditableSurvey } from "@/lib/data/surveys-admin";
import { closeSurvey, openSurvey, publishSurveyResults, unpublishSurveyResults } from "@/lib/data/surveys-admin-lifecycle";
import { moderateFreeTextAnswer } from "@/lib/data/surveys-moderation";
import { isAppError } from "@/lib/errors";
import { failureState, idOf, localeOf, savedStamp, signedOutState } from "@/lib/forms/content-action";
import { echoValues, type FormState } from "@/lib/forms/form-state";
import { surveyDefinitionSchema, type SurveyDefinitionInput } from "@/lib/validation/survey-definition";
import { questionFromForm, storedQuestion, surveyErrorKey, surveyFieldErrors, surveyFromForm } from "./_components/survey-form";

// Surveys in the back office. Ids travel in hidden fields (never .bind(): see the project
// form's action); every data-layer call checks the actor's right itself and audits refusals.

/** An expected failure of the data layer as the form's state; its reasons are "admin.errors.*" keys of the survey schema. */
function surveyFailure(error: unknown, values: Record<string, string>): FormState {
  if (isAppError(error) && (error.code === "CONFLICT" || error.code === "INVALID") && error.message.startsWith("admin.errors.")) {
    return { status: error.code === "CONFLICT" ? "conflict" : "error", values, fieldErrors: {}, formError: surveyErrorKey(error.message) };
  }
  return failureState(error, values);
}

/** The survey as stored, or the failure to show (forbidden, not found). */
async function loadSurvey(user: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>, id: number, values: Record<string, string>): Promise<EditableSurvey | FormState> {
  try {
    return await findSurveyForEditing(user, id);
  } catch (error) {
    return surveyFailure(error, values);
  }
}

const isState = (value: EditableSurvey | FormState): value is FormState => "status" in value;

export async function createSurveyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const parsed = surveyDefinitionSchema.safeParse({ ...surveyFromForm(formData), questions: [questionFromForm(formData, "q-", null)] });
  if (!parsed.success) return { status: "error", values, ...surveyFieldErrors(parsed.error, 0, "q-") };
  let created: { id: number; slug: string };
  try {
    created = await createSurvey(user, parsed.data);
  } catch (error) {
    if (isAppError(error, "CONFLICT")) return { status: "error", values, fieldErrors: { slug: surveyErrorKey(error.message) } };
    return surveyFailure(error, values);
  }
  invalidateSurveys(created.slug);
  redirect(`/${locale}/staff/surveys/${created.id}?created=${savedStamp()}`);
}

async function saveDefinition(formData: FormData, build: (survey: EditableSurvey) => unknown, questionIndex: (survey: EditableSurvey) => number | null, prefix: string, notice: string): Promise<FormState> {
  const locale = localeOf(formData);
  const id = idOf(formData, "surveyId");
  const version = Number(formData.get("version"));
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const survey = await loadSurvey(user, id, values);
  if (isState(survey)) return survey;
  const parsed = surveyDefinitionSchema.safeParse(build(survey));
  if (!parsed.success) return { status: "error", values, ...surveyFieldErrors(parsed.error, questionIndex(survey), prefix) };
  try {
    await updateSurvey(user, id, Number.isInteger(version) ? version : -1, parsed.data as SurveyDefinitionInput);
  } catch (error) {
    return surveyFailure(error, values);
  }
  invalidateSurveys(parsed.data.slug);
  redirect(`/${locale}/staff/surveys/${id}?${notice}=${savedStamp()}`);
}

/** The survey's own texts, kind and slug; its questions are kept as stored. */
export async function updateSurveyAction(_previous: FormState, formData: FormData): Promise<FormState> {
  return saveDefinition(formData, (survey) => ({ ...surveyFromForm(formData), isIllustrative: survey.isIllustrative, questions: survey.questions.map(storedQuestion) }), () => null, "", "saved");
}

/** One question: an existing one (its position in "questionIndex") or a new one at the end ("new"). */
export async function saveQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const raw = String(formData.get("questionIndex") ?? "");
  const prefix = raw === "new" ? "new-" : `q${raw}-`;
  const indexIn = (survey: EditableSurvey) => (raw === "new" ? survey.questions.length : /^\d{1,2}$/.test(raw) && Number(raw) < survey.questions.length ? Number(raw) : -1);
  return saveDefinition(
    formData,
    (survey) => {
      const index = indexIn(survey);
      const questions = survey.questions.map(storedQuestion);
      if (index === -1) return { ...surveyValuesOf(survey), questions: [] }; // an unknown question: refused by the schema
      questions[index] = questionFromForm(formData, prefix, survey.questions[index] ?? null);
      return { ...surveyValuesOf(survey), questions };
    },
    indexIn,
    prefix,
    raw === "new" ? "questionAdded" : "questionSaved",
  );
}

/** Removes a question (only before the survey opens: the data layer refuses it afterwards). */
export async function removeQuestionAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const index = Number(formData.get("questionIndex"));
  return saveDefinition(formData, (survey) => ({ ...surveyValuesOf(survey), questions: survey.questions.map(storedQuestion).filter((_, i) => i !== index) }), () => null, "", "questionRemoved");
}

function surveyValuesOf(survey: EditableSurvey) {
  const { slug, kind, titleFr, titleAr, descriptionFr, descriptionAr, isIllustrative } = survey;
  return { slug, kind, titleFr, titleAr, descriptionFr, descriptionAr, isIllustrative };
}

/**
 * A day typed in the form as an instant on the portal's clock (Africa/Casablanca): its start
 * (opening) or the start of the next day (closing: open through that day).
 */
function dayInstant(value: string, isLastDay: boolean): Date | null | "invalid" {
  if (!value) return null;
  const asUtc = new Date(`${value}T00:00:00Z`);
  // Shape and calendar: a day that does not exist ("2026-02-30") is refused, not moved.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(asUtc.getTime()) || asUtc.toISOString().slice(0, 10) !== value) return "invalid";
  return startOfPortalDay(isLastDay ? nextDay(value) : value);
}

/** Open (with its window), close, publish or withdraw the results: which one is in "step". */
export async function surveyStepAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const id = idOf(formData, "surveyId");
  const step = String(formData.get("step"));
  const values = echoValues(formData);
  const user = await getCurrentUser();
  if (!user) return signedOutState(values);
  const opensAt = dayInstant(String(formData.get("opensOn") ?? ""), false);
  const closesAt = dayInstant(String(formData.get("closesOn") ?? ""), true);
  if (opensAt === "invalid" || closesAt === "invalid") return { status: "error", values, fieldErrors: { ...(opensAt === "invalid" ? { opensOn: "errors.dateInvalid" } : {}), ...(closesAt === "invalid" ? { closesOn: "errors.dateInvalid" } : {}) } };
  let slug: string;
  try {
    const survey = await findSurveyForEditing(user, id);
    slug = survey.slug;
    if (step === "open") await openSurvey(user, id, { ...(opensAt ? { opensAt } : {}), closesAt });
    else if (step === "close") await closeSurvey(user, id);
    else if (step === "publish") await publishSurveyResults(user, id);
    else if (step === "unpublish") await unpublishSurveyResults(user, id);
    else return { status: "error", values, fieldErrors: {}, formError: "errors.invalid" };
  } catch (error) {
    if (isAppError(error, "INVALID") && error.message === "admin.errors.closeBeforeOpen") return { status: "error", values, fieldErrors: { closesOn: surveyErrorKey(error.message) } };
    return surveyFailure(error, values);
  }
  invalidateSurveys(slug);
  redirect(`/${locale}/staff/surveys/${id}?${step}=${savedStamp()}`);
}

/** Approve or reject one free-text answer ("decision"), then back to the survey's queue. */
export async function moderateAnswerAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const locale = localeOf(formData);
  const surveyId = idOf(formData, "surveyId");
  const decision = formData.get("decision") === "APPROVED" ? "APPROVED" : "REJECTED";
  const user = await getCurrentUser();
  if (!user) return signedOutState({});
  try {
    await moderateFreeTextAnswer(user, String(formData.get("answerId") ?? ""), decision);
  } catch (error) {
    return failureState(error, {});
  }
  // Which survey the answer belongs to is not trusted from the form: every results page is expired.
  invalidateSurveys();
  redirect(`/${locale}/staff/surveys/${surveyId}/moderation?${decision === "APPROVED" ? "approved" : "rejected"}=${savedStamp()}`);
}
