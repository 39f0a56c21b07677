import type { CsvValue } from "../open-data/csv";

export type ExportQuestion = { id: number; kind: string; promptFr: string; options: { id: number; labelFr: string }[] };
export type ExportAnswer = { questionId: number; optionId: number | null; rating: number | null; text: string | null; moderationStatus: string | null };

/**
 * Columns of the staff CSV export: the response, then one column per question (headed by
 * its number and French wording), plus the moderation status after each free-text column.
 */
export function csvHeader(questions: readonly ExportQuestion[]): string[] {
  const header = ["response_id", "submitted_at", "channel", "is_flagged"];
  questions.forEach((q, i) => {
    header.push(`Q${i + 1}. ${q.promptFr}`);
    if (q.kind === "FREE_TEXT") header.push(`Q${i + 1} moderation`);
  });
  return header;
}

/** One response as a CSV row: option labels (several joined by " | ", in the options' order), ratings, texts. */
export function csvRow(questions: readonly ExportQuestion[], response: { id: bigint; submittedAt: Date; channel: string; isFlagged: boolean; answers: readonly ExportAnswer[] }): CsvValue[] {
  const row: CsvValue[] = [String(response.id), response.submittedAt.toISOString(), response.channel, response.isFlagged];
  for (const q of questions) {
    const answers = response.answers.filter((a) => a.questionId === q.id);
    if (q.kind === "SINGLE_CHOICE" || q.kind === "MULTIPLE_CHOICE") {
      const chosen = new Set(answers.map((a) => a.optionId));
      row.push(q.options.filter((o) => chosen.has(o.id)).map((o) => o.labelFr).join(" | ") || null);
    } else if (q.kind === "FREE_TEXT") {
      row.push(answers[0]?.text ?? null, answers[0]?.moderationStatus ?? null);
    } else {
      row.push(answers[0]?.rating ?? null);
    }
  }
  return row;
}
