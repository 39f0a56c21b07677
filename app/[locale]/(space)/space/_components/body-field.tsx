"use client";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { BODY_MAX } from "@/lib/validation/space";

/** The markdown text of a post, with what markdown does here. */
export function BodyField({ label, defaultValue, error, rows = 8 }: { label: string; defaultValue: string; error?: string; rows?: number }) {
  const t = useTranslations("space");
  return (
    <Field id="body" label={label} hint={t("form.bodyHint", { max: BODY_MAX })} error={error}>
      {(described) => (
        <textarea
          id="body"
          name="body"
          rows={rows}
          maxLength={BODY_MAX}
          required
          dir="auto"
          defaultValue={defaultValue}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          className={inputClass}
        />
      )}
    </Field>
  );
}

export function SubmitButton({ label, isPending }: { label: string; isPending: boolean }) {
  return (
    <button
      type="submit"
      disabled={isPending}
      className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400 disabled:opacity-70"
    >
      {label}
    </button>
  );
}
