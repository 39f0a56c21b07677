// The tallies PostgreSQL keeps for survey results (migrations 20261123020000_survey_tallies
// and 20261123060000_survey_tally_deltas) must always equal counting the rows, under
// concurrent inserts, deletes and moderation: read as counters plus pending deltas at any
// time, and as the counters alone once the deltas are folded in.
import { describe, expect, inject, it, vi } from "vitest";
import { createSurveyFixture } from "./surveys-fixtures";

vi.mock("server-only", () => ({}));

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { db } = await import("../../lib/db");
const { findPublicSurveyById } = await import("../../lib/data/surveys");
const { submitSurveyResponse } = await import("../../lib/surveys/submit");
const { createRespondentToken } = await import("../../lib/surveys/respondent-token");
const { foldSurveyTallies, settleTallyFold } = await import("../../lib/data/surveys-responses");
const { findSurveyResults } = await import("../../lib/data/surveys-results");

type Row = { questionId: number; optionId: number; rating: number; count: number };
const key = (r: Row) => `${r.questionId}/${r.optionId}/${r.rating}`;

/**
 * Every count that is not zero, as a sorted list: the tally rows plus their pending deltas
 * (what the results read), for the questions that still exist.
 */
async function tallied(): Promise<string[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT "questionId", "optionId", rating, sum(count)::int AS count FROM (
      SELECT "questionId", "optionId", rating, count FROM "SurveyAnswerTally"
      UNION ALL
      SELECT "questionId", "optionId", rating, count FROM "SurveyAnswerTallyDelta"
    ) t
    WHERE "questionId" IN (SELECT id FROM "SurveyQuestion")
    GROUP BY 1, 2, 3 HAVING sum(count) <> 0`;
  return rows.map((r) => `${key(r)}=${r.count}`).sort();
}

/** The tally rows alone that are not zero: what is left once every delta is folded in. */
async function folded(): Promise<string[]> {
  const rows = await db.$queryRaw<Row[]>`SELECT "questionId", "optionId", rating, count FROM "SurveyAnswerTally" WHERE count <> 0`;
  return rows.map((r) => `${key(r)}=${r.count}`).sort();
}

/** One count (tally plus deltas) of a question's option / rating / "answered" (both 0). */
async function countOf(questionId: number, optionId: number, rating: number): Promise<number> {
  const all = await tallied();
  const found = all.find((entry) => entry.startsWith(`${questionId}/${optionId}/${rating}=`));
  return found ? Number(found.split("=")[1]) : 0;
}

const pendingDeltas = async () => (await db.surveyAnswerTallyDelta.count()) + (await db.surveyResponseHourDelta.count());

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
  const [counters, deltas] = await Promise.all([
    db.surveyResponseHour.aggregate({ where: { surveyId }, _sum: { count: true } }),
    db.surveyResponseHourDelta.aggregate({ where: { surveyId }, _sum: { count: true } }),
  ]);
  return (counters._sum.count ?? 0) + (deltas._sum.count ?? 0);
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
    expect([await countOf(f.multiple.id, 0, 0), await countOf(f.project.id, 0, 0), await countOf(f.text.id, 0, 0)]).toEqual([150, 50, 30]);
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
    expect(await countOf(f.single.id, f.single.options[0]!, 0)).toBe(3);
  });

  it("disappear with their survey", async () => {
    const f = await createSurveyFixture(db, "test-tallies-survey-deleted");
    const survey = (await findPublicSurveyById(f.id))!;
    await submitSurveyResponse({ survey, body: { answers: { [f.single.id]: f.single.options[1], [f.multiple.id]: [f.multiple.options[0]], [f.rating.id]: 2 } }, token: createRespondentToken(), networkKey: null, channel: "WEB" });
    await db.survey.delete({ where: { id: f.id } });
    expect(await db.surveyAnswerTally.count({ where: { questionId: { in: [f.single.id, f.multiple.id, f.rating.id] } } })).toBe(0);
    expect(await db.surveyResponseHour.count({ where: { surveyId: f.id } })).toBe(0);
    expect(await tallied()).toEqual(await counted());
    // Its pending deltas (no foreign key) are dropped by the next fold, not added to anything.
    await foldSurveyTallies();
    expect(await db.surveyAnswerTallyDelta.count({ where: { questionId: { in: [f.single.id, f.multiple.id, f.rating.id] } } })).toBe(0);
    expect(await db.surveyResponseHourDelta.count({ where: { surveyId: f.id } })).toBe(0);
    expect(await folded()).toEqual(await counted());
  });
  it("are moved whole into the counters by a fold: the counters alone then equal the rows, the totals never change", async () => {
    const f = await createSurveyFixture(db, "test-tallies-fold");
    const survey = (await findPublicSurveyById(f.id))!;
    await foldSurveyTallies();
    const submit = (i: number) =>
      submitSurveyResponse({
        survey,
        body: { answers: { [f.single.id]: f.single.options[i % 3], [f.multiple.id]: [f.multiple.options[i % 4]], [f.rating.id]: 1 + (i % 5), ...(i % 2 ? { [f.text.id]: "Oui" } : {}) } },
        token: createRespondentToken(),
        networkKey: null,
        channel: "API",
      });
    for (let i = 0; i < 20; i++) expect((await submit(i)).status).toBe("created");
    await settleTallyFold(); // a submission may have started one: from here on, only this test folds
    // A deleted response (its answers by cascade) appends negative deltas.
    const gone = await db.surveyResponse.findFirstOrThrow({ where: { surveyId: f.id }, orderBy: { id: "asc" }, select: { id: true } });
    await db.surveyResponse.delete({ where: { id: gone.id } });
    const before = await tallied();
    expect(before).toEqual(await counted());
    const pending = await pendingDeltas();
    expect(pending).toBeGreaterThan(0);
    // Every pending delta folded (none of another fold running), nothing left, nothing changed.
    expect(await foldSurveyTallies()).toBe(pending);
    expect(await pendingDeltas()).toBe(0);
    expect(await tallied()).toEqual(before);
    expect(await folded()).toEqual(await counted());
    expect(await hoursTallied(f.id)).toBe(19);
    expect(await db.surveyResponseHour.aggregate({ where: { surveyId: f.id }, _sum: { count: true } }).then((r) => r._sum.count)).toBe(19);
  });

  it("lose and double nothing when folds run during concurrent submissions", async () => {
    const f = await createSurveyFixture(db, "test-tallies-fold-concurrent", { resultsPublishedAt: new Date(Date.now() - 60_000) });
    const survey = (await findPublicSurveyById(f.id))!;
    const submit = (i: number) =>
      submitSurveyResponse({
        survey,
        body: { answers: { [f.single.id]: f.single.options[i % 3], [f.multiple.id]: f.multiple.options.slice(0, 1 + (i % 2)), [f.rating.id]: 1 + (i % 5) } },
        token: createRespondentToken(),
        networkKey: `fold-net-${i}`,
        channel: "WEB",
      });
    // Six rounds of 20 concurrent submissions, each round with two folds running among them.
    const results = [];
    for (let round = 0; round < 6; round++) {
      const batch = await Promise.all([...Array.from({ length: 20 }, (_, i) => submit(round * 20 + i)), foldSurveyTallies(), foldSurveyTallies()]);
      results.push(...batch.slice(0, 20));
    }
    await settleTallyFold();
    expect(results.every((r) => typeof r === "object" && r.status === "created")).toBe(true);
    // One more respondent written straight to the tables (one statement each, as the app
    // does): its deltas are pending for sure, since no submission's fold can take them.
    const [row] = await db.$queryRaw<{ id: bigint }[]>`INSERT INTO "SurveyResponse" ("surveyId", "respondentKey") VALUES (${f.id}, 'test-direct') RETURNING id`;
    await db.$executeRaw`INSERT INTO "SurveyAnswer" ("responseId", "questionId", "optionId", rating) VALUES
      (${row!.id}, ${f.single.id}, ${f.single.options[0]}, NULL), (${row!.id}, ${f.multiple.id}, ${f.multiple.options[0]}, NULL), (${row!.id}, ${f.rating.id}, NULL, 5)`;
    expect(await pendingDeltas()).toBeGreaterThan(0);
    expect(await tallied()).toEqual(await counted());
    // The results page reads counters plus deltas: right with deltas pending...
    const pendingResults = (await findSurveyResults(f.slug, new Date()))!;
    expect(pendingResults.responses).toBe(121);
    expect(pendingResults.questions[0]!.kind === "choice" && pendingResults.questions[0]!.options.map((o) => o.count)).toEqual([41, 40, 40]);
    expect(pendingResults.questions[1]).toMatchObject({ kind: "choice", answered: 121 });
    expect(pendingResults.questions[1]!.kind === "choice" && pendingResults.questions[1]!.options.map((o) => o.count)).toEqual([121, 60, 0, 0]);
    // ...and the same once everything is folded.
    await foldSurveyTallies();
    expect(await pendingDeltas()).toBe(0);
    expect(await folded()).toEqual(await counted());
    expect(await findSurveyResults(f.slug, new Date())).toEqual(pendingResults);
  });

  it("fold one at a time: a second fold while one runs returns at once without touching anything", async () => {
    const f = await createSurveyFixture(db, "test-tallies-fold-lock");
    const survey = (await findPublicSurveyById(f.id))!;
    for (let i = 0; i < 2; i++) {
      await submitSurveyResponse({ survey, body: { answers: { [f.single.id]: f.single.options[i], [f.multiple.id]: [f.multiple.options[0]], [f.rating.id]: 3 } }, token: createRespondentToken(), networkKey: null, channel: "WEB" });
    }
    await settleTallyFold();
    // Deltas that no submission's fold can have taken: a deleted response's.
    const one = await db.surveyResponse.findFirstOrThrow({ where: { surveyId: f.id }, select: { id: true } });
    await db.surveyResponse.delete({ where: { id: one.id } });
    const pending = await pendingDeltas();
    expect(pending).toBeGreaterThan(0);
    await db.$transaction(async (tx) => {
      const [first] = await tx.$queryRaw<{ folded: number }[]>`SELECT egov_fold_survey_tallies() AS folded`;
      expect(first!.folded).toBe(pending);
      // The first fold holds its lock until this transaction ends.
      expect(await foldSurveyTallies()).toBe(0);
    });
    expect(await pendingDeltas()).toBe(0);
    expect(await tallied()).toEqual(await counted());
    expect(await folded()).toEqual(await counted());
  });
});
