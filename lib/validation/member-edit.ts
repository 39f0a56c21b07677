import { z } from "zod";
import { optionalDay, optionalId, optionalText, requiredText, requireFrenchWithArabic } from "./content-fields";

// A seat in a governance body: its role, who holds it (a person where known, else the
// office) and the organisation it represents.

export const MEMBER_FIELDS = ["roleFr", "roleAr", "personName", "officeFr", "officeAr", "organizationId", "startedOn", "endedOn"] as const;

export const memberSchema = z
  .object({
    roleFr: requiredText(200, "errors.roleRequired"),
    roleAr: optionalText(200),
    personName: optionalText(120),
    officeFr: optionalText(300),
    officeAr: optionalText(300),
    organizationId: optionalId,
    startedOn: optionalDay,
    endedOn: optionalDay,
  })
  .superRefine((value, context) => {
    requireFrenchWithArabic(value, context, [
      ["roleFr", "roleAr"],
      ["officeFr", "officeAr"],
    ]);
    if (value.startedOn && value.endedOn && value.endedOn < value.startedOn) context.addIssue({ code: "custom", path: ["endedOn"], message: "errors.endBeforeStart" });
  });

export type MemberInput = z.infer<typeof memberSchema>;
