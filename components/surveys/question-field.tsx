import { LocalizedText } from "@/components/localized-text";
import type { LocalizedText as Text } from "@/lib/i18n/localized";
import { questionFieldName } from "@/lib/surveys/form-answers";
import type { FormQuestion } from "@/lib/surveys/form-questions";

export type QuestionLabels = { questionNumber: string; required: string; optional: string; noOpinion: string; project: string; errorPrefix: string };

const box = "flex min-h-11 rounded border border-slate-300 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50";
const choiceBox = `${box} items-start gap-3 px-3 py-2`;
// Radio above its number on a phone (five fit in a row), beside it on wider screens.
const ratingBox = `${box} flex-col items-center gap-1 px-2 py-1.5 font-semibold tabular-nums sm:min-w-16 sm:flex-row sm:gap-3 sm:px-3`;
const noOpinionBox = `${box} items-center gap-3 px-3 py-2`;
const control = "mt-1 size-5 shrink-0 accent-brand-700";

function langProps(text: Text) {
  return text.isFallback ? { lang: text.lang, dir: "ltr" as const } : {};
}

/**
 * One question as a <fieldset> whose <legend> is the question; hint, help and error are
 * tied to it with aria-describedby. Uncontrolled inputs with default values from the last
 * submission, so the form works the same with and without JavaScript.
 */
export function QuestionField({ question: q, values, error, labels }: { question: FormQuestion; values: string[]; error?: string; labels: QuestionLabels }) {
  const name = questionFieldName(q.id);
  const ids = { legend: `q${q.id}-legend`, help: `q${q.id}-help`, hint: `q${q.id}-hint`, error: `q${q.id}-error` };
  const describedBy = [q.help ? ids.help : null, q.hint ? ids.hint : null, error ? ids.error : null].filter(Boolean).join(" ") || undefined;
  const isText = q.kind === "FREE_TEXT";
  const isRating = q.kind === "RATING" || q.kind === "PROJECT_RATING";

  return (
    <fieldset
      id={`q${q.id}`}
      aria-describedby={isText ? undefined : describedBy}
      className={`min-w-0 space-y-3 rounded border p-4 ${error ? "border-s-4 border-red-700 border-y-slate-300 border-e-slate-300" : "border-slate-300"}`}
    >
      <legend id={ids.legend} className="float-start w-full pb-1">
        <span className="block text-sm font-semibold text-slate-700">
          {labels.questionNumber} · {q.isRequired ? labels.required : labels.optional}
        </span>
        <LocalizedText value={q.prompt} className="block text-lg font-semibold text-brand-900" />
      </legend>
      {q.project && (
        <p className="clear-both">
          {labels.project}{" "}
          <a href={q.project.href} className="font-medium text-brand-800 underline underline-offset-4">
            <LocalizedText value={q.project.title} />
          </a>
        </p>
      )}
      {q.help && (
        <p id={ids.help} className="clear-both text-slate-700" {...langProps(q.help)}>
          {q.help.text}
        </p>
      )}
      {q.hint && (
        <p id={ids.hint} className="clear-both text-sm text-slate-700">
          {q.hint}
        </p>
      )}
      {error && (
        <p id={ids.error} className="clear-both font-semibold text-red-800">
          <span className="sr-only">{labels.errorPrefix} </span>
          {error}
        </p>
      )}

      {(q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE") && (
        <ul className="clear-both space-y-2">
          {q.options.map((option) => {
            const id = `q${q.id}-o${option.id}`;
            return (
              <li key={option.id}>
                <label htmlFor={id} className={choiceBox}>
                  <input
                    id={id}
                    type={q.kind === "SINGLE_CHOICE" ? "radio" : "checkbox"}
                    name={name}
                    value={option.id}
                    defaultChecked={values.includes(String(option.id))}
                    className={control}
                  />
                  <LocalizedText value={option.label} />
                </label>
              </li>
            );
          })}
        </ul>
      )}

      {isRating && (
        <ul className="clear-both grid grid-cols-5 gap-2 sm:flex sm:flex-wrap">
          {q.ratings.map((rating) => {
            const id = `q${q.id}-r${rating}`;
            return (
              <li key={rating}>
                <label htmlFor={id} className={ratingBox}>
                  <input id={id} type="radio" name={name} value={rating} defaultChecked={values.includes(String(rating))} className="size-5 accent-brand-700" />
                  {rating}
                </label>
              </li>
            );
          })}
          {!q.isRequired && (
            <li className="col-span-5">
              <label htmlFor={`q${q.id}-none`} className={noOpinionBox}>
                <input id={`q${q.id}-none`} type="radio" name={name} value="" defaultChecked={values.includes("")} className="size-5 accent-brand-700" />
                {labels.noOpinion}
              </label>
            </li>
          )}
        </ul>
      )}

      {isText && (
        <textarea
          id={`q${q.id}-text`}
          name={name}
          rows={5}
          maxLength={q.maxLength ?? undefined}
          defaultValue={values[0] ?? ""}
          dir="auto"
          aria-labelledby={ids.legend}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className="clear-both block w-full rounded border border-slate-600 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700"
        />
      )}
    </fieldset>
  );
}
