"use client";
import { ErrorSummary } from "@/components/forms/error-summary";
import { replyAction } from "../actions";
import { BodyField, SubmitButton } from "./body-field";
import { useSpaceForm } from "./use-space-form";

/** A reply to the thread (no `to`) or to one post; the thread and the post travel in hidden fields. */
export function ReplyForm({ locale, threadId, to, label }: { locale: string; threadId: number; to: number | null; label: string }) {
  const { t, formAction, isPending, error, summary, value } = useSpaceForm(replyAction, "body");
  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-4">
      <ErrorSummary title={t("form.summaryTitle")} errors={summary} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="threadId" value={threadId} />
      <input type="hidden" name="to" value={to ?? ""} />
      <BodyField label={label} defaultValue={value("body")} error={error("body")} />
      <SubmitButton label={t("form.publishReply")} isPending={isPending} />
    </form>
  );
}
