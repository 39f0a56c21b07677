"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idleState, type FormState } from "@/lib/forms/form-state";

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * The state of a space form (works without JavaScript: the server renders the returned
 * state), with its messages translated from the "space" namespace. A form-wide error is
 * listed in the summary with a link to `mainField`.
 */
export function useSpaceForm(action: Action, mainField: string) {
  const t = useTranslations("space");
  const [state, formAction, isPending] = useActionState<FormState, FormData>(action, idleState);
  const error = (name: string) => (state.fieldErrors[name] ? t(state.fieldErrors[name]!) : undefined);
  const summary = [
    ...(state.formError ? [{ field: mainField, message: t(state.formError) }] : []),
    ...Object.entries(state.fieldErrors).map(([field, key]) => ({ field, message: t(key as string) })),
  ];
  const value = (name: string, fallback = "") => state.values[name] ?? fallback;
  return { t, state, formAction, isPending, error, summary, value };
}
