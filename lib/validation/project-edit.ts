import { z } from "zod";
import { ProjectStatus } from "../generated/prisma/enums";
import { REASON_MAX_LENGTH } from "./limits";
import { storableString } from "./text";

// Dates arrive as yyyy-mm-dd from <input type="date">; empty means "not set".
const optionalDate = z
  .string()
  .trim()
  .transform((value, context) => {
    if (value === "") return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    // Round-trip check refuses 2013-02-30, and the range refuses typos like 2110.
    if (!date || date.toISOString().slice(0, 10) !== value || date.getUTCFullYear() < 2000 || date.getUTCFullYear() > 2100) {
      context.addIssue({ code: "custom", message: "errors.dateInvalid" });
      return z.NEVER;
    }
    return date;
  });

export const projectEditSchema = z
  .object({
    version: z.coerce.number().int().positive(),
    status: z.enum(ProjectStatus, { message: "errors.statusInvalid" }),
    progress: z.coerce.number({ message: "errors.progressInvalid" }).int("errors.progressInvalid").min(0, "errors.progressInvalid").max(100, "errors.progressInvalid"),
    plannedStartOn: optionalDate,
    plannedEndOn: optionalDate,
    actualStartOn: optionalDate,
    actualEndOn: optionalDate,
    reason: storableString().trim().min(5, "errors.reasonRequired").max(REASON_MAX_LENGTH, "errors.reasonTooLong"),
    approvedBySession: z
      .string()
      .trim()
      .regex(/^\d{0,4}$/, "errors.sessionInvalid")
      .transform((value) => (value === "" ? null : Number(value))),
    milestones: z.array(z.object({ id: z.number().int().positive(), plannedOn: optionalDate, actualOn: optionalDate })).max(100),
  })
  .superRefine((value, context) => {
    if (value.plannedStartOn && value.plannedEndOn && value.plannedEndOn < value.plannedStartOn) context.addIssue({ code: "custom", path: ["plannedEndOn"], message: "errors.endBeforeStart" });
    if (value.actualStartOn && value.actualEndOn && value.actualEndOn < value.actualStartOn) context.addIssue({ code: "custom", path: ["actualEndOn"], message: "errors.endBeforeStart" });
    if (value.status === "OPERATIONAL" && value.progress !== 100) context.addIssue({ code: "custom", path: ["progress"], message: "errors.operationalNeedsFullProgress" });
  });

export type ProjectEditInput = z.infer<typeof projectEditSchema>;

/** Reads the form: milestone fields are named milestone-<id>-planned / milestone-<id>-actual. */
export function projectEditFormInput(formData: FormData): Record<string, unknown> {
  const text = (name: string) => String(formData.get(name) ?? "");
  const ids = formData.getAll("milestoneId").map((id) => Number(id));
  return {
    version: text("version"),
    status: text("status"),
    progress: text("progress"),
    plannedStartOn: text("plannedStartOn"),
    plannedEndOn: text("plannedEndOn"),
    actualStartOn: text("actualStartOn"),
    actualEndOn: text("actualEndOn"),
    reason: text("reason"),
    approvedBySession: text("approvedBySession"),
    milestones: ids.map((id) => ({ id, plannedOn: text(`milestone-${id}-planned`), actualOn: text(`milestone-${id}-actual`) })),
  };
}
