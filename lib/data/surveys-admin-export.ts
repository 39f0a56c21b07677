import "server-only";
import { Prisma } from "../generated/prisma/client";
import { startOfPortalDay, todayAsDate } from "../dates";
import { AppError } from "../errors";
import { toCsvRecords, UTF8_BOM } from "../open-data/csv";
import { csvHeader, csvRow, type ExportAnswer, type ExportQuestion } from "../surveys/csv-export";
import { db } from "../db";
import { recordAudit } from "./audit";
import { requireSurveyPermission, type SurveyActor } from "./surveys-admin-guard";

export type LiveCounts = { total: number; flagged: number; api: number; lastHour: number; today: number; pendingModeration: number };

/** Counts for staff while a survey runs: always fresh (no cache), a couple of queries. */
export async function countSurveyResponsesLive(actor: SurveyActor, surveyId: number, now = new Date()): Promise<LiveCounts> {
  await requireSurveyPermission(actor, "survey.manage", "survey.live-counts", { type: "Survey", id: surveyId });
  // "Today" starts at midnight in the portal's time zone.
  const startOfToday = startOfPortalDay(todayAsDate(now).toISOString().slice(0, 10));
  const [counts, pending] = await Promise.all([
    db.$queryRaw<Omit<LiveCounts, "pendingModeration">[]>(Prisma.sql`
      SELECT count(*)::int AS total,
             (count(*) FILTER (WHERE "isFlagged"))::int AS flagged,
             (count(*) FILTER (WHERE channel = 'API'))::int AS api,
             (count(*) FILTER (WHERE "submittedAt" >= ${new Date(now.getTime() - 3_600_000)}))::int AS "lastHour",
             (count(*) FILTER (WHERE "submittedAt" >= ${startOfToday}))::int AS today
      FROM "SurveyResponse" WHERE "surveyId" = ${surveyId}`),
    db.surveyAnswer.count({ where: { moderationStatus: "PENDING", question: { surveyId } } }),
  ]);
  return { ...counts[0]!, pendingModeration: pending };
}

const BATCH = 2000;

/**
 * Every response of a survey as CSV, one row per response, streamed in batches (keyset on
 * the response id, so memory stays flat for a million rows). UTF-8 with a byte order mark,
 * like the open-data CSV, so spreadsheet software reads accents and Arabic right. Neither
 * respondent keys nor network keys are exported: the hashes stay in the database.
 */
export async function exportSurveyResponsesCsv(actor: SurveyActor, surveyId: number, batchSize = BATCH): Promise<{ fileName: string; stream: ReadableStream<Uint8Array> }> {
  await requireSurveyPermission(actor, "survey.manage", "survey.export", { type: "Survey", id: surveyId });
  const survey = await db.survey.findUnique({
    where: { id: surveyId },
    select: {
      slug: true,
      questions: { orderBy: { position: "asc" }, select: { id: true, kind: true, promptFr: true, options: { orderBy: { position: "asc" }, select: { id: true, labelFr: true } } } },
    },
  });
  if (!survey) throw new AppError("NOT_FOUND");
  await recordAudit({ actor, action: "survey.export", entityType: "Survey", entityId: surveyId });
  const questions: ExportQuestion[] = survey.questions;
  const fetchBatch = async (after: bigint) => {
    const rows = await db.$queryRaw<{ id: bigint; submittedAt: Date; channel: string; isFlagged: boolean; answers: ExportAnswer[] }[]>(Prisma.sql`
      SELECT r.id, r."submittedAt", r.channel::text AS channel, r."isFlagged",
             COALESCE(json_agg(json_build_object('questionId', a."questionId", 'optionId', a."optionId", 'rating', a.rating, 'text', a.text, 'moderationStatus', a."moderationStatus"))
                      FILTER (WHERE a.id IS NOT NULL), '[]') AS answers
      FROM (SELECT * FROM "SurveyResponse" WHERE "surveyId" = ${surveyId} AND id > ${after} ORDER BY id LIMIT ${batchSize}) r
      LEFT JOIN "SurveyAnswer" a ON a."responseId" = r.id
      GROUP BY r.id, r."submittedAt", r.channel, r."isFlagged"
      ORDER BY r.id`);
    return { rows: rows.map((r) => csvRow(questions, r)), last: rows.at(-1)?.id ?? null, full: rows.length === batchSize };
  };
  // The first batch is read before answering, so a failing database is an error, not a truncated file.
  let batch = await fetchBatch(0n);
  const encoder = new TextEncoder();
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(UTF8_BOM + toCsvRecords([csvHeader(questions)]) + toCsvRecords(batch.rows)));
      if (!batch.full) controller.close();
    },
    async pull(controller) {
      try {
        batch = await fetchBatch(batch.last!);
        if (batch.rows.length) controller.enqueue(encoder.encode(toCsvRecords(batch.rows)));
        if (!batch.full) controller.close();
      } catch (error) {
        console.error("[surveys] responses CSV failed while streaming:", error);
        controller.error(error);
      }
    },
  });
  return { fileName: `reponses-${survey.slug}.csv`, stream };
}
