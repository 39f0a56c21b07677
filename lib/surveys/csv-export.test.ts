import { describe, expect, it } from "vitest";
import { csvHeader, csvRow, type ExportQuestion } from "./csv-export";

const questions: ExportQuestion[] = [
  { id: 1, kind: "MULTIPLE_CHOICE", promptFr: "Rubriques", options: [{ id: 10, labelFr: "Feuille de route" }, { id: 11, labelFr: "Indicateurs" }, { id: 12, labelFr: "Actualités" }] },
  { id: 2, kind: "RATING", promptFr: "Note", options: [] },
  { id: 3, kind: "FREE_TEXT", promptFr: "Commentaire", options: [] },
];

describe("survey CSV export rows", () => {
  it("heads each question by number and wording, with a moderation column after free text", () => {
    expect(csvHeader(questions)).toEqual(["response_id", "submitted_at", "channel", "is_flagged", "Q1. Rubriques", "Q2. Note", "Q3. Commentaire", "Q3 moderation"]);
  });
  it("writes labels in the options' order, ratings as numbers, and empty cells for unanswered questions", () => {
    const at = new Date("2026-06-01T10:00:00.000Z");
    const answers = [
      { questionId: 1, optionId: 12, rating: null, text: null, moderationStatus: null },
      { questionId: 1, optionId: 10, rating: null, text: null, moderationStatus: null },
      { questionId: 2, optionId: null, rating: 4, text: null, moderationStatus: null },
    ];
    expect(csvRow(questions, { id: 7n, submittedAt: at, channel: "WEB", isFlagged: false, answers })).toEqual([
      "7",
      "2026-06-01T10:00:00.000Z",
      "WEB",
      false,
      "Feuille de route | Actualités",
      4,
      null,
      null,
    ]);
  });
});
