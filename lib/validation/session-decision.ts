import { z } from "zod";
import { DecisionStatus } from "../generated/prisma/enums";
import { loadedAt, optionalDay, optionalId, optionalText, requiredText, requireFrenchWithArabic } from "./content-fields";

// A decision of a session and its follow-up: who carries it (an organisation, or a label
// when it is not one, e.g. "the programme office"), by when, and where it stands.

export const DECISION_FIELDS = ["textFr", "textAr", "ownerOrganizationId", "ownerLabelFr", "ownerLabelAr", "dueOn", "status"] as const;

const decisionFields = {
  textFr: requiredText(2000, "errors.decisionTextRequired"),
  textAr: optionalText(2000),
  ownerOrganizationId: optionalId,
  ownerLabelFr: optionalText(200),
  ownerLabelAr: optionalText(200),
  dueOn: optionalDay,
  status: z.enum(DecisionStatus, { message: "errors.statusInvalid" }),
};

const BILINGUAL = [["ownerLabelFr", "ownerLabelAr"]] as const;

export const decisionCreateSchema = z.object(decisionFields).superRefine((value, context) => requireFrenchWithArabic(value, context, BILINGUAL));
export const decisionUpdateSchema = z.object({ loadedAt, ...decisionFields }).superRefine((value, context) => requireFrenchWithArabic(value, context, BILINGUAL));

export type DecisionInput = z.infer<typeof decisionCreateSchema>;
export type DecisionUpdateInput = z.infer<typeof decisionUpdateSchema>;
