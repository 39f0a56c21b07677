/**
 * What the survey form's server action returns when it does not redirect: the answers as
 * submitted (so nothing is lost), one translated message per faulty question, the error
 * summary's entries (each linking to its question's first control), or a form-level error.
 * `attempt` changes on every submission so the form remounts with the returned values.
 */
export type SurveyFormState = {
  status: "idle" | "invalid" | "error";
  attempt: number;
  values: Record<string, string[]>;
  fieldErrors: Record<string, string>;
  summary: { field: string; message: string }[];
  formError: string | null;
};

export const initialSurveyFormState: SurveyFormState = { status: "idle", attempt: 0, values: {}, fieldErrors: {}, summary: [], formError: null };
