"use client";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, inputClass } from "@/components/forms/field";
import { REASON_MAX } from "@/lib/validation/space";
import { reportPostAction } from "../actions";
import { SubmitButton } from "./body-field";
import { useSpaceForm } from "./use-space-form";

export function ReportForm({ locale, postId }: { locale: string; postId: number }) {
  const { t, formAction, isPending, error, summary, value } = useSpaceForm(reportPostAction, "reason");
  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-4">
      <ErrorSummary title={t("form.summaryTitle")} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="postId" value={postId} />
      <Field id="reason" label={t("form.reason")} hint={t("form.reasonHint", { max: REASON_MAX })} error={error("reason")}>
        {(described) => (
          <textarea
            id="reason"
            name="reason"
            rows={4}
            maxLength={REASON_MAX}
            required
            dir="auto"
            defaultValue={value("reason")}
            aria-describedby={described}
            aria-invalid={error("reason") ? true : undefined}
            className={inputClass}
          />
        )}
      </Field>
      <SubmitButton label={t("form.sendReport")} isPending={isPending} />
    </form>
  );
}
