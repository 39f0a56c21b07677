"use client";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, inputClass } from "@/components/forms/field";
import { NOTE_MAX } from "@/lib/validation/space";
import { moderatePostAction } from "../moderation/actions";
import { SubmitButton } from "./body-field";
import { useSpaceForm } from "./use-space-form";

/** Restore or remove, with a note kept on the post and in the audit log. */
export function ModerationForm({ locale, postId }: { locale: string; postId: number }) {
  const { t, formAction, isPending, error, summary, value } = useSpaceForm(moderatePostAction, "decision-restore");
  const decision = value("decision");
  const decisionError = error("decision");
  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-4">
      <ErrorSummary
        title={t("form.summaryTitle")}
        errors={summary.map((item) => (item.field === "decision" ? { ...item, field: "decision-restore" } : item))}
      />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="postId" value={postId} />
      <fieldset className="space-y-2" aria-describedby={decisionError ? "decision-error" : undefined}>
        <legend className="font-semibold">{t("moderation.choose")}</legend>
        {decisionError && (
          <p id="decision-error" className="font-semibold text-red-800">
            {decisionError}
          </p>
        )}
        {(["restore", "remove"] as const).map((option) => (
          <div key={option} className="flex items-start gap-2">
            <input id={`decision-${option}`} type="radio" name="decision" value={option} defaultChecked={decision === option} className="mt-1 h-5 w-5" />
            <label htmlFor={`decision-${option}`}>
              <span className="font-medium">{t(`moderation.${option}`)}</span>
              <span className="block text-sm text-slate-700">{t(`moderation.${option}Hint`)}</span>
            </label>
          </div>
        ))}
      </fieldset>
      <Field id="note" label={t("moderation.note")} hint={t("moderation.noteHint", { max: NOTE_MAX })} error={error("note")}>
        {(described) => (
          <textarea
            id="note"
            name="note"
            rows={3}
            maxLength={NOTE_MAX}
            required
            dir="auto"
            defaultValue={value("note")}
            aria-describedby={described}
            aria-invalid={error("note") ? true : undefined}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton label={t("moderation.submit")} isPending={isPending} />
    </form>
  );
}
