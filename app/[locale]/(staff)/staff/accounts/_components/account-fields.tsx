"use client";
import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";

type Option = { value: string; label: string };

/** Role and organisation choices, shared by the invitation and the account forms. */
export function RoleAndOrganizationFields({ roles, organizations, values, errors }: { roles: Option[]; organizations: Option[]; values: Record<string, string | undefined>; errors: Record<string, string | undefined> }) {
  const t = useTranslations("staff.accounts");
  return (
    <>
      <Field id="role" label={t("role")} error={errors.role}>
        {(described) => (
          <select key={values.role ?? "STAKEHOLDER"} id="role" name="role" defaultValue={values.role ?? "STAKEHOLDER"} aria-describedby={described} aria-invalid={errors.role ? true : undefined} className={inputClass}>
            {roles.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="organizationId" label={t("organization")} hint={t("organizationHint")} error={errors.organizationId}>
        {(described) => (
          <select key={values.organizationId ?? ""} id="organizationId" name="organizationId" defaultValue={values.organizationId ?? ""} aria-describedby={described} aria-invalid={errors.organizationId ? true : undefined} className={inputClass}>
            <option value="">{t("noOrganization")}</option>
            {organizations.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
