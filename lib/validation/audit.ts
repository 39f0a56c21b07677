import { z } from "zod";
import { AuditOutcome } from "../generated/prisma/enums";
import type { AuditFilters } from "../data/audit";

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()));

// Query parameters of the audit page: anything malformed is dropped, never an error page.
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters & { raw: Record<string, string> } {
  const text = (name: string) => (typeof params[name] === "string" ? (params[name] as string).replace(/\0/g, "").trim().slice(0, 120) : "");
  const from = day.safeParse(text("from"));
  const to = day.safeParse(text("to"));
  const outcome = z.enum(AuditOutcome).safeParse(text("outcome"));
  const page = Number(text("page"));
  return {
    action: text("action") || undefined,
    actorEmail: text("actor") || undefined,
    entityType: text("entity") || undefined,
    outcome: outcome.success ? outcome.data : undefined,
    from: from.success ? from.data : undefined,
    // "to" is inclusive for people: up to the end of that day.
    to: to.success ? new Date(to.data.getTime() + 86_400_000) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    raw: { action: text("action"), actor: text("actor"), entity: text("entity"), outcome: outcome.success ? outcome.data : "", from: from.success ? text("from") : "", to: to.success ? text("to") : "" },
  };
}
