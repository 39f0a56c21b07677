"use client";
import { ErrorSummary } from "@/components/forms/error-summary";
import { editPostAction } from "../actions";
import { BodyField, SubmitButton } from "./body-field";
import { useSpaceForm } from "./use-space-form";

export function EditForm({ locale, postId, body }: { locale: string; postId: number; body: string }) {
  const { t, formAction, isPending, error, summary, value } = useSpaceForm(editPostAction, "body");
  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-4">
      <ErrorSummary title={t("form.summaryTitle")} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="postId" value={postId} />
      <BodyField label={t("form.body")} defaultValue={value("body", body)} error={error("body")} rows={10} />
      <SubmitButton label={t("form.saveEdit")} isPending={isPending} />
    </form>
  );
}
