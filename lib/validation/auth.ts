import { z } from "zod";
import { PASSWORD_MAX_LENGTH } from "../auth/password-policy";

export const signInSchema = z.object({
  email: z.string().trim().min(1, "errors.emailRequired").max(254, "errors.emailInvalid").email("errors.emailInvalid"),
  // Bounded before hashing: argon2 on a megabyte "password" is a cheap denial of service.
  password: z.string().min(1, "errors.passwordRequired").max(PASSWORD_MAX_LENGTH * 4, "errors.passwordTooLong"),
  next: z.string().max(500).optional(),
});

/**
 * Where to go after signing in: only a path on this site (starting with one "/"), never
 * "//evil.example" or "https://…", which would make the form an open redirect.
 */
export function safeNextPath(value: string | null | undefined, fallback: string): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
