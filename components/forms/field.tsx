import type { InputHTMLAttributes, ReactNode } from "react";

export const inputClass = "mt-1 block w-full rounded border border-slate-600 bg-white px-3 py-2 text-base aria-[invalid=true]:border-2 aria-[invalid=true]:border-red-700";

/** Label, hint, error and control wired together (aria-describedby), for any form. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: (described: string | undefined) => ReactNode }) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="font-semibold text-red-800">
          {error}
        </p>
      )}
      {children(described)}
    </div>
  );
}

export function TextField({ id, label, hint, error, ...input }: { id: string; label: string; hint?: string; error?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      {(described) => <input id={id} name={id} aria-describedby={described} aria-invalid={error ? true : undefined} className={inputClass} {...input} />}
    </Field>
  );
}

// Selects in forms that post to a server action carry key={their default value}: React
// resets a form after its action, and a <select> goes back to the option selected when it
// was first mounted, not to its new defaultValue; a new key remounts it with the value the
// user had chosen, so a refused form keeps every choice.
