"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { Field, inputClass, TextField } from "@/components/forms/field";
import { idleState, type FormState } from "@/lib/forms/form-state";
import { REASON_MAX_LENGTH } from "@/lib/validation/limits";
import { updateProjectAction } from "../actions";
import { ConflictPanel } from "./conflict-panel";

type Option = { value: string; label: string };
type Milestone = { id: number; title: string; baseline: string | null };

export function ProjectEditForm(props: { slug: string; locale: string; initial: Record<string, string>; statuses: Option[]; sessions: Option[]; milestones: Milestone[]; fieldLabels: Record<string, string> }) {
  const t = useTranslations("staff.projectForm");
  const tf = useTranslations("forms");
  const [state, action, isPending] = useActionState<FormState, FormData>(updateProjectAction, idleState);
  const value = (name: string) => state.values[name] ?? props.initial[name] ?? "";
  const error = (name: string) => (state.fieldErrors[name] ? tf(state.fieldErrors[name]!) : undefined);
  const summary = [
    ...(state.formError && state.status !== "conflict" ? [{ field: "reason", message: tf(state.formError) }] : []),
    ...Object.entries(state.fieldErrors).map(([field, key]) => ({ field, message: tf(key as string) })),
  ];
  // key: a conflict re-mounts the form so the hidden version takes the saved version.
  return (
    <form key={value("version")} action={action} noValidate className="space-y-6">
      <ErrorSummary title={tf("summaryTitle")} errors={summary} />
      {state.status === "conflict" && <ConflictPanel detail={state.detail} values={state.values} fieldLabels={props.fieldLabels} />}
      <input type="hidden" name="locale" value={props.locale} />
      <input type="hidden" name="slug" value={props.slug} />
      <input type="hidden" name="version" value={value("version")} />

      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t("stateLegend")}</legend>
        <Field id="status" label={t("status")} error={error("status")}>
          {(described) => (
            <select key={value("status")} id="status" name="status" defaultValue={value("status")} aria-describedby={described} aria-invalid={error("status") ? true : undefined} className={inputClass}>
              {props.statuses.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField id="progress" label={t("progress")} hint={t("progressHint")} type="number" min={0} max={100} step={1} inputMode="numeric" defaultValue={value("progress")} error={error("progress")} />
      </fieldset>

      <fieldset className="grid gap-4 rounded border border-slate-300 p-4 sm:grid-cols-2">
        <legend className="px-1 text-lg font-semibold">{t("datesLegend")}</legend>
        <p className="text-sm text-slate-700 sm:col-span-2">{t("baselineHint")}</p>
        {(["plannedStartOn", "plannedEndOn", "actualStartOn", "actualEndOn"] as const).map((name) => (
          <TextField key={name} id={name} label={props.fieldLabels[name] ?? name} type="date" defaultValue={value(name)} error={error(name)} />
        ))}
      </fieldset>

      {props.milestones.length > 0 && (
        <fieldset className="space-y-4 rounded border border-slate-300 p-4">
          <legend className="px-1 text-lg font-semibold">{t("milestonesLegend")}</legend>
          {props.milestones.map((milestone) => (
            <div key={milestone.id} className="grid gap-3 border-b border-slate-200 pb-3 sm:grid-cols-2">
              <input type="hidden" name="milestoneId" value={milestone.id} />
              <p className="font-semibold sm:col-span-2">
                {milestone.title}
                {milestone.baseline && <span className="ms-2 text-sm font-normal text-slate-700">{t("baselineValue", { date: milestone.baseline })}</span>}
              </p>
              <TextField id={`milestone-${milestone.id}-planned`} label={t("milestonePlanned")} type="date" defaultValue={value(`milestone-${milestone.id}-planned`)} />
              <TextField id={`milestone-${milestone.id}-actual`} label={t("milestoneActual")} type="date" defaultValue={value(`milestone-${milestone.id}-actual`)} />
            </div>
          ))}
        </fieldset>
      )}

      <fieldset className="space-y-4 rounded border border-slate-300 p-4">
        <legend className="px-1 text-lg font-semibold">{t("reasonLegend")}</legend>
        <Field id="reason" label={t("reason")} hint={t("reasonHint", { max: REASON_MAX_LENGTH })} error={error("reason")}>
          {(described) => (
            <textarea id="reason" name="reason" rows={4} maxLength={REASON_MAX_LENGTH} required defaultValue={value("reason")} aria-describedby={described} aria-invalid={error("reason") ? true : undefined} className={inputClass} />
          )}
        </Field>
        <Field id="approvedBySession" label={t("approvedBySession")} hint={t("approvedBySessionHint")} error={error("approvedBySession")}>
          {(described) => (
            <select key={value("approvedBySession")} id="approvedBySession" name="approvedBySession" defaultValue={value("approvedBySession")} aria-describedby={described} className={inputClass}>
              <option value="">{t("noSession")}</option>
              {props.sessions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>

      <button type="submit" disabled={isPending} className="rounded bg-brand-800 px-5 py-2 font-semibold text-white hover:bg-brand-900 focus:outline focus:outline-4 focus:outline-yellow-400">
        {t("save")}
      </button>
    </form>
  );
}
