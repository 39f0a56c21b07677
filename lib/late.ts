import type { ProjectStatus } from "./generated/prisma/enums";

/**
 * "Late": the planned end has passed and the project is neither in service nor cancelled.
 * The same rule as lateCondition() in lib/data/projects.ts, for one project already loaded.
 */
export function isProjectLate(project: { plannedEndOn: Date | null; status: ProjectStatus }, today: Date): boolean {
  return !!project.plannedEndOn && project.plannedEndOn < today && project.status !== "OPERATIONAL" && project.status !== "CANCELLED";
}
