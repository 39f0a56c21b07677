import { z } from "zod";
import { SessionStatus } from "../generated/prisma/enums";
import { anyDay, loadedAt, optionalText, requireFrenchWithArabic } from "./content-fields";

// A CIGOV session's own fields. Its date is only checked as a real day here; the data layer
// checks that it is plausible (lib/validation/session-date.ts) against the database.

export const SESSION_FIELDS = ["heldOn", "status", "chairName", "chairTitleFr", "chairTitleAr", "summaryFr", "summaryAr"] as const;

const sessionFields = {
  heldOn: anyDay,
  status: z.enum(SessionStatus, { message: "errors.statusInvalid" }),
  chairName: optionalText(120),
  chairTitleFr: optionalText(300),
  chairTitleAr: optionalText(300),
  summaryFr: optionalText(4000),
  summaryAr: optionalText(4000),
};

const BILINGUAL = [
  ["chairTitleFr", "chairTitleAr"],
  ["summaryFr", "summaryAr"],
] as const;

export const sessionCreateSchema = z
  .object({
    number: z
      .string()
      .trim()
      .regex(/^[1-9]\d{0,2}$/, "errors.sessionNumberInvalid")
      .transform(Number),
    ...sessionFields,
  })
  .superRefine((value, context) => requireFrenchWithArabic(value, context, BILINGUAL));

export const sessionUpdateSchema = z.object({ loadedAt, ...sessionFields }).superRefine((value, context) => requireFrenchWithArabic(value, context, BILINGUAL));

export type SessionCreateInput = z.infer<typeof sessionCreateSchema>;
export type SessionUpdateInput = z.infer<typeof sessionUpdateSchema>;
export type SessionFieldsInput = Omit<SessionUpdateInput, "loadedAt">;
