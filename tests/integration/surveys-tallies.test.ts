// The tallies PostgreSQL keeps for survey results (migration 20261123020000_survey_tallies)
// must always equal counting the rows, under concurrent inserts, deletes and moderation.
import { describe, expect, inject, it, vi } from "vitest";
import { createSurveyFixture } from "./surveys-fixtures";

vi.mock("server-only", () => ({}));

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { db } = await import("../../lib/db");
const { findPublicSurveyById } = await import("../../lib/data/surveys");
const { submitSurveyResponse } = await import("../../lib/surveys/submit");
const { createRespondentToken } = await import("../../lib/surveys/respondent-token");

type Row = { questionId: number; optionId: number; rating: number; count: number };
const key = (r: Row) => `${r.questionId}/${r.optionId}/${r.rating}`;

/** Every tally row that is not zero, as a sorted list. */
async function tallied(): Promise<string[]> {
  const rows = await db.$queryRaw<Row[]>`SELECT "questionId", "optionId", rating, count FROM "SurveyAnswerTally" WHERE count <> 0`;
  return rows.map((r) => `${key(r)}=${r.count}`).sort();
}

/** The same numbers counted from the answers themselves. */
async function counted(): Promise<string[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT "questionId", COALESCE("optionId", 0) AS "optionId", COALESCE(rating, 0) AS rating, count(*)::int AS count
    FROM "SurveyAnswer" WHERE "optionId" IS NOT NULL OR rating IS NOT NULL GROUP BY 1, 2, 3
    UNION ALL
    SELECT "questionId", 0, 0, count(DISTINCT "responseId")::int FROM "SurveyAnswer" GROUP BY 1`;
  return rows.map((r) => `${key(r)}=${r.count}`).sort();
}

async function hoursTallied(surveyId: number) {
  return db.surveyResponseHour.aggregate({ where: { surveyId }, _sum: { count: true } }).then((r) => r._sum.count ?? 0);
}

describe("survey tallies", () => {
  it("equal counting the rows after 150 concurrent submissions with varied answers", async () => {
    const f = await createSurveyFixture(db, "test-tallies-concurrent");
    const survey = (await findPublicSurveyById(f.id))!;
    const results = await Promise.all(
      Array.from({ length: 150 }, (_, i) =>
        submitSurveyResponse({
          survey,
          body: {
            answers: {
              [f.single.id]: f.single.options[i % 3],
              [f.multiple.id]: i % 4 === 0 ? f.multiple.options.slice(0, 2) : [f.multiple.options[i % 4]],
              [f.rating.id]: 1 + (i % 5),
              ...(i % 3 === 0 ? { [f.project.id]: 1 + (i % 4) } : {}),
              ...(i % 5 === 0 ? { [f.text.id]: `Texte ${i}` } : {}),
            },
          },
          token: createRespondentToken(),
          networkKey: `tally-net-${i}`,
          channel: "WEB",
        }),
      ),
    );
    expect(results.every((r) => r.status === "created")).toBe(true);
    expect(await tallied()).toEqual(await counted());
    expect(await hoursTallied(f.id)).toBe(150);
    const answered = await db.surveyAnswerTally.findMany({ where: { questionId: { in: [f.multiple.id, f.project.id, f.text.id] }, optionId: 0, rating: 0 }, orderBy: { questionId: "asc" } });
    expect(answered.map((r) => r.count)).toEqual([150, 50, 30]);
  });

  it("follow deleted responses and ignore moderation", async () => {
    const f = await createSurveyFixture(db, "test-tallies-delete");
    const survey = (await findPublicSurveyById(f.id))!;
    for (let i = 0; i < 4; i++) {
      await submitSurveyResponse({
        survey,
        body: { answers: { [f.single.id]: f.single.options[0], [f.multiple.id]: [f.multiple.options[1]], [f.rating.id]: 5, [f.text.id]: "Merci" } },
        token: createRespondentToken(),
        networkKey: null,
        channel: "API",
      });
    }
    await db.surveyAnswer.updateMany({ where: { questionId: f.text.id }, data: { moderationStatus: "APPROVED" } });
    expect(await tallied()).toEqual(await counted());
    const one = await db.surveyResponse.findFirstOrThrow({ where: { surveyId: f.id }, select: { id: true } });
    await db.surveyResponse.delete({ where: { id: one.id } }); // its answers go by cascade
    expect(await tallied()).toEqual(await counted());
    expect(await hoursTallied(f.id)).toBe(3);
    const single = await db.surveyAnswerTally.findUniqueOrThrow({ where: { questionId_optionId_rating: { questionId: f.single.id, optionId: f.single.options[0]!, rating: 0 } } });
    expect(single.count).toBe(3);
  });

  it("disappear with their survey", async () => {
    const f = await createSurveyFixture(db, "test-tallies-survey-deleted");
    const survey = (await findPublicSurveyById(f.id))!;
    await submitSurveyResponse({ survey, body: { answers: { [f.single.id]: f.single.options[1], [f.multiple.id]: [f.multiple.options[0]], [f.rating.id]: 2 } }, token: createRespondentToken(), networkKey: null, channel: "WEB" });
    await db.survey.delete({ where: { id: f.id } });
    expect(await db.surveyAnswerTally.count({ where: { questionId: { in: [f.single.id, f.multiple.id, f.rating.id] } } })).toBe(0);
    expect(await db.surveyResponseHour.count({ where: { surveyId: f.id } })).toBe(0);
    expect(await tallied()).toEqual(await counted());
  });
});
