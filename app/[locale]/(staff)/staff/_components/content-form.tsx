"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, inputClass } from "@/components/forms/field";
import { idleState, type FormState } from "@/lib/forms/form-state";
import type { FieldSpec, FormSection } from "./form-spec";

type Props = {
  /** A server action imported by the page (never .bind(): see the project form's action). */
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  initial: Record<string, string>;
  sections: FormSection[];
  submitLabel: string;
  /** Marks the <form> for tests and for the authorization table's replays. */
  name: string;
  submitStyle?: "primary" | "secondary" | "danger";
};

const buttonClass = {
  primary: "rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400",
  secondary: "rounded border-2 border-brand-800 px-5 py-2 font-semibold text-brand-900 hover:bg-slate-100 focus:outline focus:outline-4 focus:outline-yellow-400",
  danger: "rounded border-2 border-red-800 px-5 py-2 font-semibold text-red-800 hover:bg-red-50 focus:outline focus:outline-4 focus:outline-yellow-400",
};

/**
 * The back office's content forms, described by the page (labels translated on the server)
 * and rendered here: posts without JavaScript, keeps the input on error, lists errors at the
 * top (each linked to its field) and beside each field. French and Arabic inputs carry their
 * language and direction, so French stays left to right on Arabic pages and vice versa.
 */
export function ContentForm({ action, hidden, initial, sections, submitLabel, name, submitStyle = "primary" }: Props) {
  const tf = useTranslations("forms");
  const [state, formAction, isPending] = useActionState<FormState, FormData>(action, idleState);
  const value = (field: string) => (state.status === "idle" ? initial[field] : state.values[field]) ?? "";
  const params = (state.detail?.params ?? {}) as Record<string, Record<string, string>>;
  const error = (field: string) => (state.fieldErrors[field] ? tf(state.fieldErrors[field]!, params[field]) : undefined);
  const firstField = sections.flatMap((section) => section.fields)[0]?.name ?? "";
  const summary = [
    ...(state.formError ? [{ field: firstField, message: tf(state.formError) }] : []),
    ...Object.keys(state.fieldErrors).map((field) => ({ field, message: error(field)! })),
  ];
  return (
    <form action={formAction} noValidate className="space-y-6" data-form={name}>
      <ErrorSummary title={tf("summaryTitle")} errors={summary} />
      {Object.entries(hidden).map(([field, initialValue]) => (
        <input key={field} type="hidden" name={field} value={state.status === "idle" ? initialValue : (state.values[field] ?? initialValue)} />
      ))}
      {sections.map((section, index) =>
        section.legend ? (
          <fieldset key={index} className="space-y-4 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{section.legend}</legend>
            {section.intro && <p className="text-sm text-slate-700">{section.intro}</p>}
            {section.fields.map((field) => (
              <Control key={field.name} field={field} value={value} error={error(field.name)} />
            ))}
          </fieldset>
        ) : (
          <div key={index} className="space-y-4">
            {section.fields.map((field) => (
              <Control key={field.name} field={field} value={value} error={error(field.name)} />
            ))}
          </div>
        ),
      )}
      <button type="submit" disabled={isPending} className={buttonClass[submitStyle]}>
        {submitLabel}
      </button>
    </form>
  );
}

function Control({ field, value, error }: { field: FieldSpec; value: (name: string) => string; error: string | undefined }) {
  // Text of no set language (a person's name) takes the direction of what is typed.
  const language = field.lang ? { lang: field.lang, dir: field.lang === "ar" ? "rtl" : "ltr" } : { dir: "auto" };
  const invalid = error ? true : undefined;
  if (field.kind === "checkbox") {
    const described = [field.hint ? `${field.name}-hint` : null, error ? `${field.name}-error` : null].filter(Boolean).join(" ") || undefined;
    return (
      <div className="flex items-start gap-2">
        <input id={field.name} name={field.name} type="checkbox" value="on" defaultChecked={value(field.name) === "on"} aria-describedby={described} aria-invalid={invalid} className="mt-1 h-5 w-5 shrink-0" />
        <div>
          <label htmlFor={field.name} className="font-semibold">
            {field.label}
          </label>
          {field.hint && (
            <p id={`${field.name}-hint`} className="text-sm text-slate-700">
              {field.hint}
            </p>
          )}
          {error && (
            <p id={`${field.name}-error`} className="font-semibold text-red-800">
              {error}
            </p>
          )}
        </div>
      </div>
    );
  }
  if (field.kind === "checkboxes") {
    const checked = new Set(value(field.name).split(",").filter(Boolean));
    return (
      <fieldset id={field.name} tabIndex={-1} className="space-y-2" aria-describedby={field.hint ? `${field.name}-hint` : undefined}>
        <legend className="font-semibold">{field.label}</legend>
        {field.hint && (
          <p id={`${field.name}-hint`} className="text-sm text-slate-700">
            {field.hint}
          </p>
        )}
        {error && <p className="font-semibold text-red-800">{error}</p>}
        <div className="grid max-h-80 gap-1 overflow-y-auto rounded border border-slate-300 p-2 sm:grid-cols-2">
          {field.options?.map((option) => (
            <div key={option.value} className="flex items-start gap-2">
              <input id={`${field.name}-${option.value}`} name={field.name} type="checkbox" value={option.value} defaultChecked={checked.has(option.value)} className="mt-1 h-5 w-5 shrink-0" />
              <label htmlFor={`${field.name}-${option.value}`} lang={option.lang} dir={option.lang ? (option.lang === "ar" ? "rtl" : "ltr") : undefined}>
                {option.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    );
  }
  return (
    <Field id={field.name} label={field.label} hint={field.hint} error={error}>
      {(described) => {
        const common = { id: field.name, name: field.name, defaultValue: value(field.name), "aria-describedby": described, "aria-invalid": invalid, className: inputClass };
        if (field.kind === "textarea") return <textarea {...common} {...language} rows={field.rows ?? 4} maxLength={field.maxLength} />;
        if (field.kind === "select") {
          return (
            <select key={String(common.defaultValue)} {...common}>
              {field.emptyOption !== undefined && <option value="">{field.emptyOption}</option>}
              {field.options?.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          );
        }
        if (field.kind === "date") return <input {...common} type="date" dir="ltr" />;
        if (field.kind === "decimal") return <input {...common} type="text" inputMode="decimal" dir="ltr" autoComplete="off" />;
        if (field.kind === "url") return <input {...common} type="url" dir="ltr" lang="fr" autoComplete="off" maxLength={field.maxLength ?? 500} />;
        if (field.kind === "number") return <input {...common} type="text" inputMode="numeric" dir="ltr" autoComplete="off" />;
        return <input {...common} {...language} type="text" autoComplete="off" maxLength={field.maxLength} />;
      }}
    </Field>
  );
}
