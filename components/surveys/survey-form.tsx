"use client";
import { useActionState, type ReactNode } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import type { FormQuestion } from "@/lib/surveys/form-questions";
import { initialSurveyFormState, type SurveyFormState } from "@/lib/surveys/form-state";
import { QuestionField, type QuestionLabels } from "./question-field";

export type SurveyFormLabels = Omit<QuestionLabels, "questionNumber"> & {
  questionNumbers: Record<number, string>;
  submit: string;
  submitting: string;
  honeypot: string;
  errorSummaryTitle: string;
};

type Props = {
  action: (state: SurveyFormState, form: FormData) => Promise<SurveyFormState>;
  slug: string;
  locale: string;
  questions: FormQuestion[];
  labels: SurveyFormLabels;
  /** The survey's heading and notes: shown below the error summary, which comes first on the page. */
  intro: ReactNode;
};

/**
 * The answer form. A plain <form> posting to a server action: without JavaScript the
 * browser posts it and the server answers with the page (re-rendered with the errors and
 * the answers as filled) or a redirect; with JavaScript the same action runs without a
 * reload and the error summary takes focus.
 */
export function SurveyForm({ action, slug, locale, questions, labels, intro }: Props) {
  const [state, formAction, isPending] = useActionState(action, initialSurveyFormState);
  const { questionNumbers, submit, submitting, honeypot, errorSummaryTitle, ...questionLabels } = labels;
  return (
    <>
      <ErrorSummary title={errorSummaryTitle} errors={state.summary} />
      {state.formError && (
        <p role="alert" className="max-w-3xl rounded border-s-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {state.formError}
        </p>
      )}
      {intro}
      {/* A new key per attempt: the uncontrolled fields remount with the values just submitted. */}
      <form key={state.attempt} action={formAction} noValidate className="max-w-3xl space-y-6">
        <input type="hidden" name="survey" value={slug} />
        <input type="hidden" name="locale" value={locale} />
        {questions.map((question) => (
          <QuestionField
            key={question.id}
            question={question}
            values={state.values[String(question.id)] ?? []}
            error={state.fieldErrors[String(question.id)]}
            labels={{ ...questionLabels, questionNumber: questionNumbers[question.id] ?? String(question.number) }}
          />
        ))}
        {/* Honeypot: invisible to people and assistive technologies, out of the tab order;
            naive bots fill every field. Filled, the submission is thanked and dropped. */}
        <div aria-hidden="true" className="sr-only">
          <label htmlFor="survey-website">{honeypot}</label>
          <input id="survey-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <button
          type="submit"
          disabled={isPending}
          className="w-full rounded bg-brand-800 px-6 py-3 text-lg font-semibold text-white hover:bg-brand-900 focus-visible:outline focus-visible:outline-4 focus-visible:outline-offset-2 focus-visible:outline-yellow-400 disabled:opacity-70 sm:w-auto"
        >
          {isPending ? submitting : submit}
        </button>
      </form>
    </>
  );
}
