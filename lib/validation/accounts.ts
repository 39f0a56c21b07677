import { z } from "zod";
import { Role } from "../generated/prisma/enums";
import { checkPassword, PASSWORD_MAX_LENGTH } from "../auth/password-policy";
import { storableString } from "./text";

// At most 9 digits: a longer number is no organisation's id, and beyond int4 Prisma throws (a 500).
const organizationId = z
  .string()
  .trim()
  .regex(/^\d{0,9}$/, "errors.organizationUnknown")
  .transform((value) => (value === "" ? null : Number(value)));

export const inviteAccountSchema = z.object({
  email: z.string().trim().toLowerCase().min(1, "errors.emailRequired").max(254, "errors.emailInvalid").email("errors.emailInvalid"),
  name: storableString().trim().min(2, "errors.nameRequired").max(120, "errors.nameTooLong"),
  role: z.enum(Role, { message: "errors.roleInvalid" }),
  organizationId,
});

export const updateAccountSchema = z.object({
  name: storableString().trim().min(2, "errors.nameRequired").max(120, "errors.nameTooLong"),
  role: z.enum(Role, { message: "errors.roleInvalid" }),
  organizationId,
  isDisabled: z.enum(["on", ""]).transform((value) => value === "on"),
});

/** A new password, checked against the policy (messages are i18n keys). */
export function newPasswordSchema(email?: string) {
  return z
    .string()
    .max(PASSWORD_MAX_LENGTH * 4, "errors.passwordTooLong")
    .superRefine((password, context) => {
      // zod runs this refinement even when .max() has failed: without this guard a 1 MB
      // "password" was split into a million graphemes (checkPassword), a cheap denial of service.
      if (password.length > PASSWORD_MAX_LENGTH * 4) return;
      const problem = checkPassword(password, email);
      if (problem) context.addIssue({ code: "custom", message: `errors.password.${problem}` });
    });
}

export const setPasswordSchema = (email?: string) =>
  z
    .object({ token: z.string().min(20).max(200), password: newPasswordSchema(email), confirmation: z.string() })
    .refine((value) => value.password === value.confirmation, { path: ["confirmation"], message: "errors.passwordMismatch" });

export const changePasswordSchema = (email?: string) =>
  z
    .object({ currentPassword: z.string().min(1, "errors.passwordRequired").max(PASSWORD_MAX_LENGTH * 4), password: newPasswordSchema(email), confirmation: z.string() })
    .refine((value) => value.password === value.confirmation, { path: ["confirmation"], message: "errors.passwordMismatch" });
