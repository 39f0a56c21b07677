"use client";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, inputClass, TextField } from "@/components/forms/field";
import { TITLE_MAX } from "@/lib/validation/space";
import { createThreadAction } from "../actions";
import { BodyField, SubmitButton } from "./body-field";
import { useSpaceForm } from "./use-space-form";

type Option = { value: string; label: string };

export function ThreadForm(props: { locale: string; category: string; projects: Option[] | null; sessions: Option[] | null; initialProject: string }) {
  const { t, formAction, isPending, error, summary, value } = useSpaceForm(createThreadAction, "title");
  return (
    <form action={formAction} noValidate className="max-w-3xl space-y-5">
      <ErrorSummary title={t("form.summaryTitle")} errors={summary} />
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="category" value={props.category} />
      <TextField
        id="title"
        label={t("form.title")}
        hint={t("form.titleHint", { max: TITLE_MAX })}
        maxLength={TITLE_MAX}
        required
        dir="auto"
        defaultValue={value("title")}
        error={error("title")}
      />
      <BodyField label={t("form.body")} defaultValue={value("body")} error={error("body")} rows={10} />
      {props.projects && (
        <Field id="project" label={t("form.project")} hint={t("form.projectHint")} error={error("project")}>
          {(described) => (
            <select
              key={value("project", props.initialProject)}
              id="project"
              name="project"
              defaultValue={value("project", props.initialProject)}
              aria-describedby={described}
              aria-invalid={error("project") ? true : undefined}
              className={inputClass}
            >
              <option value="">{t("form.noProject")}</option>
              {props.projects!.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {props.sessions && (
        <Field id="session" label={t("form.session")} error={error("session")}>
          {(described) => (
            <select
              key={value("session")}
              id="session"
              name="session"
              defaultValue={value("session")}
              aria-describedby={described}
              aria-invalid={error("session") ? true : undefined}
              className={inputClass}
            >
              <option value="">{t("form.noSession")}</option>
              {props.sessions!.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <SubmitButton label={t("form.publishThread")} isPending={isPending} />
    </form>
  );
}
