/**
 * Whether submitted questions keep a survey's structure: the same questions, in the same
 * order, of the same kinds and rules, with the same options. Once a survey has opened,
 * only changes that keep the structure (text corrections) are allowed: otherwise stored
 * answers would silently change meaning, or point at options that no longer exist.
 */
export type StructuralQuestion = {
  id?: number;
  kind: string;
  isRequired: boolean;
  minChoices: number | null;
  maxChoices: number | null;
  maxLength: number | null;
  projectId: number | null;
  options: { id?: number }[];
};

export function keepsStructure(current: readonly StructuralQuestion[], submitted: readonly StructuralQuestion[]): boolean {
  if (current.length !== submitted.length) return false;
  return current.every((was, i) => {
    const now = submitted[i]!;
    return (
      now.id === was.id &&
      now.kind === was.kind &&
      now.isRequired === was.isRequired &&
      now.minChoices === was.minChoices &&
      now.maxChoices === was.maxChoices &&
      now.maxLength === was.maxLength &&
      now.projectId === was.projectId &&
      now.options.length === was.options.length &&
      now.options.every((option, j) => option.id !== undefined && option.id === was.options[j]!.id)
    );
  });
}
