/** The form field of a question: one name per question; checkboxes repeat it. */
export function questionFieldName(questionId: number): string {
  return `q${questionId}`;
}

/**
 * A submitted form's answers, as the survey response schema reads them (arrays of strings
 * per question id). Also what goes back into the form when it is refused, so that nothing
 * the user chose or typed is lost. Only the survey's own questions are read.
 */
export function answersFromFormData(formData: FormData, questionIds: readonly number[]): Record<string, string[]> {
  const answers: Record<string, string[]> = {};
  for (const id of questionIds) {
    const values = formData.getAll(questionFieldName(id)).filter((value): value is string => typeof value === "string");
    if (values.length > 0) answers[String(id)] = values;
  }
  return answers;
}
