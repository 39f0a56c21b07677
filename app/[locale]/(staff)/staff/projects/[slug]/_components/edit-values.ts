import type { EditableProject } from "@/lib/data/project-edit";

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");

/** A project as the form's field values (strings), for the first render and for conflicts. */
export function toEditValues(project: EditableProject): Record<string, string> {
  const values: Record<string, string> = {
    version: String(project.version),
    status: project.status,
    progress: String(project.progress),
    plannedStartOn: day(project.plannedStartOn),
    plannedEndOn: day(project.plannedEndOn),
    actualStartOn: day(project.actualStartOn),
    actualEndOn: day(project.actualEndOn),
  };
  for (const milestone of project.milestones) {
    values[`milestone-${milestone.id}-planned`] = day(milestone.plannedOn);
    values[`milestone-${milestone.id}-actual`] = day(milestone.actualOn);
  }
  return values;
}
