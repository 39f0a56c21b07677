import "server-only";
import type { ChangeField, Prisma } from "../generated/prisma/client";
import { db } from "../db";
import { AppError } from "../errors";
import { canEditProject, type Actor } from "../auth/permissions";
import type { ProjectEditInput } from "../validation/project-edit";
import { recordAudit, recordDenied } from "./audit";
import { slugOrNotFound } from "./content-edit";

const editSelect = {
  id: true,
  slug: true,
  code: true,
  titleFr: true,
  titleAr: true,
  ownerOrganizationId: true,
  status: true,
  progress: true,
  baselineStartOn: true,
  baselineEndOn: true,
  plannedStartOn: true,
  plannedEndOn: true,
  actualStartOn: true,
  actualEndOn: true,
  version: true,
  updatedAt: true,
  ownerOrganization: { select: { nameFr: true, nameAr: true, acronym: true } },
  milestones: { orderBy: { position: "asc" }, select: { id: true, titleFr: true, titleAr: true, baselineOn: true, plannedOn: true, actualOn: true } },
} satisfies Prisma.ProjectSelect;

export type EditableProject = Prisma.ProjectGetPayload<{ select: typeof editSelect }>;

/** The conflict a second editor meets: what is saved now, and who saved it last. */
export class ProjectConflictError extends AppError {
  constructor(
    readonly current: EditableProject,
    readonly lastChange: { actorName: string; createdAt: Date } | null,
  ) {
    super("CONFLICT");
  }
}

export async function findProjectForEdit(actor: Actor, slug: string): Promise<EditableProject> {
  const project = await db.project.findUnique({ where: { slug: slugOrNotFound(slug) }, select: editSelect });
  if (!project) throw new AppError("NOT_FOUND");
  if (!canEditProject(actor, project)) {
    await recordDenied(actor, "project.read-for-edit", "Project", project.id);
    throw new AppError("FORBIDDEN");
  }
  return project;
}

/** Projects this actor may edit, for the back office's list. */
export async function findEditableProjects(actor: Actor) {
  if (!canEditProject(actor, { ownerOrganizationId: actor.organizationId ?? -1 })) return [];
  return db.project.findMany({
    where: actor.role === "SPGOV_EDITOR" ? { ownerOrganizationId: actor.organizationId ?? -1 } : {},
    orderBy: [{ ownerOrganization: { nameFr: "asc" } }, { titleFr: "asc" }],
    select: { slug: true, code: true, titleFr: true, titleAr: true, status: true, progress: true, plannedEndOn: true, updatedAt: true, ownerOrganization: { select: { nameFr: true, nameAr: true, acronym: true } } },
  });
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);

type Change = { field: ChangeField; fromValue: string | null; toValue: string | null; milestoneId?: number };

function diffProject(before: EditableProject, input: ProjectEditInput): Change[] {
  const changes: Change[] = [];
  const push = (field: ChangeField, from: string | null, to: string | null, milestoneId?: number) => {
    if (from !== to) changes.push({ field, fromValue: from, toValue: to, milestoneId });
  };
  push("STATUS", before.status, input.status);
  push("PROGRESS", String(before.progress), String(input.progress));
  push("PLANNED_START", day(before.plannedStartOn), day(input.plannedStartOn));
  push("PLANNED_END", day(before.plannedEndOn), day(input.plannedEndOn));
  push("ACTUAL_START", day(before.actualStartOn), day(input.actualStartOn));
  push("ACTUAL_END", day(before.actualEndOn), day(input.actualEndOn));
  for (const milestone of input.milestones) {
    const current = before.milestones.find((m) => m.id === milestone.id);
    if (!current) throw new AppError("INVALID", "milestoneUnknown"); // another project's milestone
    push("MILESTONE_PLANNED", day(current.plannedOn), day(milestone.plannedOn), milestone.id);
    push("MILESTONE_ACTUAL", day(current.actualOn), day(milestone.actualOn), milestone.id);
  }
  return changes;
}

/**
 * Saves an edit. Optimistic concurrency: the UPDATE carries `version = <the version the
 * editor loaded>`, so of two editors who loaded the same version exactly one succeeds and
 * the other gets a ProjectConflictError (never a silent overwrite). Every changed field is
 * appended to the public history with the reason, in the same transaction.
 */
export async function updateProject(actor: Actor, slug: string, input: ProjectEditInput, reasonLang: "fr" | "ar"): Promise<{ version: number; changeCount: number }> {
  const before = await db.project.findUnique({ where: { slug: slugOrNotFound(slug) }, select: editSelect });
  if (!before) throw new AppError("NOT_FOUND");
  if (!canEditProject(actor, before)) {
    await recordDenied(actor, "project.update", "Project", before.id);
    throw new AppError("FORBIDDEN");
  }
  if (before.version !== input.version) throw await conflictFor(before.id);
  const changes = diffProject(before, input);
  if (changes.length === 0) throw new AppError("INVALID", "noChange");

  const session = input.approvedBySession === null ? null : await db.committeeSession.findFirst({ where: { number: input.approvedBySession, body: { kind: "CIGOV" } }, select: { id: true } });
  if (input.approvedBySession !== null && !session) throw new AppError("INVALID", "sessionUnknown");

  const snapshot = await db.user.findUnique({ where: { id: actor.id }, select: { name: true, organization: { select: { nameFr: true } } } });
  try {
    return await db.$transaction(async (tx) => {
      const updated = await tx.project.updateMany({
        where: { id: before.id, version: input.version },
        data: {
          status: input.status,
          progress: input.progress,
          plannedStartOn: input.plannedStartOn,
          plannedEndOn: input.plannedEndOn,
          actualStartOn: input.actualStartOn,
          actualEndOn: input.actualEndOn,
          // The baseline is taken from the first plan and frozen: later re-plans show as slip.
          ...(before.baselineStartOn === null && input.plannedStartOn ? { baselineStartOn: input.plannedStartOn } : {}),
          ...(before.baselineEndOn === null && input.plannedEndOn ? { baselineEndOn: input.plannedEndOn } : {}),
          version: { increment: 1 },
        },
      });
      if (updated.count === 0) throw new ConflictSignal();
      for (const milestone of input.milestones) {
        const current = before.milestones.find((m) => m.id === milestone.id)!;
        if (day(current.plannedOn) === day(milestone.plannedOn) && day(current.actualOn) === day(milestone.actualOn)) continue;
        await tx.milestone.update({
          where: { id: milestone.id, projectId: before.id },
          data: { plannedOn: milestone.plannedOn, actualOn: milestone.actualOn, ...(current.baselineOn === null && milestone.plannedOn ? { baselineOn: milestone.plannedOn } : {}) },
        });
      }
      await tx.projectChange.createMany({
        data: changes.map((change) => ({
          projectId: before.id,
          milestoneId: change.milestoneId ?? null,
          field: change.field,
          fromValue: change.fromValue,
          toValue: change.toValue,
          reason: input.reason,
          reasonLang,
          actorUserId: actor.id,
          actorName: snapshot?.name ?? actor.name,
          actorRole: actor.role,
          actorOrganization: snapshot?.organization?.nameFr ?? null,
          approvedBySessionId: session?.id ?? null,
        })),
      });
      await recordAudit({ actor, action: "project.update", entityType: "Project", entityId: before.id, detail: { slug, version: input.version + 1, fields: changes.map((c) => c.field) } }, tx);
      return { version: input.version + 1, changeCount: changes.length };
    });
  } catch (error) {
    if (error instanceof ConflictSignal) throw await conflictFor(before.id);
    throw error;
  }
}

class ConflictSignal extends Error {}

async function conflictFor(projectId: number): Promise<ProjectConflictError> {
  const [current, lastChange] = await Promise.all([
    db.project.findUniqueOrThrow({ where: { id: projectId }, select: editSelect }),
    db.projectChange.findFirst({ where: { projectId }, orderBy: { id: "desc" }, select: { actorName: true, createdAt: true } }),
  ]);
  return new ProjectConflictError(current, lastChange);
}
