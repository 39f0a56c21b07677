// Results aggregated by PostgreSQL, checked against a small hand-computed fixture; the
// project page's rating; what is public and what is not.
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import { createSurveyFixture, type SurveyFixture } from "./surveys-fixtures";

vi.mock("server-only", () => ({}));

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { db } = await import("../../lib/db");
const { findPublicSurveyById } = await import("../../lib/data/surveys");
const { findSurveyResults } = await import("../../lib/data/surveys-results");
const { findProjectSurveyRating } = await import("../../lib/data/surveys-project-rating");
const { submitSurveyResponse } = await import("../../lib/surveys/submit");
const { createRespondentToken } = await import("../../lib/surveys/respondent-token");

const PROJECT = "modernisation-etat-civil"; // not rated by the seeded illustrative survey
let f: SurveyFixture;

/** Five respondents; the expected numbers below are counted by hand from this table. */
function respondents(f: SurveyFixture) {
  const [o1, o2, o3] = f.single.options as [number, number, number];
  const [m1, m2, m3, m4] = f.multiple.options as [number, number, number, number];
  return [
    { at: "2026-06-01T10:00:00Z", answers: { [f.single.id]: o1, [f.multiple.id]: [m1, m2], [f.rating.id]: 5, [f.project.id]: 4, [f.text.id]: "Avis A" } },
    { at: "2026-06-01T10:30:00Z", answers: { [f.single.id]: o1, [f.multiple.id]: [m1], [f.rating.id]: 3, [f.project.id]: 2, [f.text.id]: "Avis B" } },
    // 23:30 UTC is 00:30 on 2 June in Casablanca (UTC+1 in June).
    { at: "2026-06-01T23:30:00Z", answers: { [f.single.id]: o2, [f.multiple.id]: [m2], [f.rating.id]: 4 } },
    { at: "2026-06-03T12:00:00Z", answers: { [f.single.id]: o3, [f.multiple.id]: [m1, m3], [f.rating.id]: 1, [f.project.id]: 5, [f.text.id]: "Avis C" } },
    { at: "2026-06-03T12:05:00Z", answers: { [f.single.id]: o1, [f.multiple.id]: [m4], [f.rating.id]: 5 } },
  ];
}

beforeAll(async () => {
  f = await createSurveyFixture(db, "test-results", {
    opensAt: new Date("2026-05-01T00:00:00Z"),
    resultsPublishedAt: new Date(Date.now() - 60_000),
    projectSlug: PROJECT,
  });
  const survey = (await findPublicSurveyById(f.id))!;
  for (const r of respondents(f)) {
    const result = await submitSurveyResponse({ survey, body: { answers: r.answers }, token: createRespondentToken(), networkKey: null, channel: "WEB", now: new Date(r.at) });
    expect(result.status).toBe("created");
  }
  // Moderation: A and C approved, B rejected.
  for (const [text, status] of [["Avis A", "APPROVED"], ["Avis B", "REJECTED"], ["Avis C", "APPROVED"]] as const) {
    await db.surveyAnswer.updateMany({ where: { questionId: f.text.id, text }, data: { moderationStatus: status } });
  }
});

describe("survey results", () => {
  it("count each option, with the number who answered each question", async () => {
    const results = (await findSurveyResults(f.slug, new Date()))!;
    expect(results.responses).toBe(5);
    const [single, multiple] = results.questions;
    expect(single).toMatchObject({ kind: "choice", answered: 5 });
    expect(single!.kind === "choice" && single!.options.map((o) => o.count)).toEqual([3, 1, 1]);
    expect(multiple).toMatchObject({ kind: "choice", answered: 5 });
    expect(multiple!.kind === "choice" && multiple!.options.map((o) => o.count)).toEqual([3, 2, 1, 1]);
  });

  it("give rating distributions and means", async () => {
    const results = (await findSurveyResults(f.slug, new Date()))!;
    const rating = results.questions[2]!;
    const project = results.questions[3]!;
    if (rating.kind !== "rating" || project.kind !== "rating") throw new Error("expected ratings");
    expect(rating.ratings.counts.map((c) => c.count)).toEqual([1, 0, 1, 1, 2]);
    expect(rating.ratings.total).toBe(5);
    expect(rating.ratings.mean).toBeCloseTo(18 / 5, 10);
    expect(project.ratings.counts.map((c) => c.count)).toEqual([0, 1, 0, 1, 1]);
    expect(project.ratings.mean).toBeCloseTo(11 / 3, 10);
  });

  it("show only approved free text, latest first, and count what was received", async () => {
    const results = (await findSurveyResults(f.slug, new Date()))!;
    const text = results.questions[4]!;
    if (text.kind !== "text") throw new Error("expected text");
    expect(text.received).toBe(3);
    expect(text.approved).toBe(2);
    expect(text.texts.map((t) => t.text)).toEqual(["Avis C", "Avis A"]);
  });

  it("count responses per day in the portal's time zone, quiet days included", async () => {
    const results = (await findSurveyResults(f.slug, new Date()))!;
    expect(results.days).toEqual([
      { day: "2026-06-01", count: 2 },
      { day: "2026-06-02", count: 1 },
      { day: "2026-06-03", count: 2 },
    ]);
  });

  it("are not public before publication, nor for a draft", async () => {
    const unpublished = await createSurveyFixture(db, "test-results-unpublished");
    const scheduled = await createSurveyFixture(db, "test-results-scheduled", { resultsPublishedAt: new Date(Date.now() + 3_600_000) });
    const draft = await createSurveyFixture(db, "test-results-draft", { opensAt: null, resultsPublishedAt: new Date(Date.now() - 1000) });
    for (const slug of [unpublished.slug, scheduled.slug, draft.slug, "n-existe-pas"]) expect(await findSurveyResults(slug, new Date()), slug).toBeNull();
  });
});

describe("a project's rating from surveys", () => {
  it("averages the ratings it received in published surveys only", async () => {
    const rating = await findProjectSurveyRating(f.project.projectId, new Date());
    expect(rating).toMatchObject({ count: 3, surveys: [{ slug: f.slug }] });
    expect(rating!.mean).toBeCloseTo(11 / 3, 10);
    // Ratings in an unpublished survey do not count.
    const hidden = await createSurveyFixture(db, "test-results-hidden-rating", { projectSlug: PROJECT });
    const survey = (await findPublicSurveyById(hidden.id))!;
    const answers = { [hidden.single.id]: hidden.single.options[0], [hidden.multiple.id]: [hidden.multiple.options[0]], [hidden.rating.id]: 1, [hidden.project.id]: 1 };
    expect((await submitSurveyResponse({ survey, body: { answers }, token: createRespondentToken(), networkKey: null, channel: "WEB" })).status).toBe("created");
    expect((await findProjectSurveyRating(f.project.projectId, new Date()))!.count).toBe(3);
  });

  it("is null for a project nobody rated", async () => {
    const unrated = await db.project.findFirstOrThrow({ where: { surveyQuestions: { none: {} } }, select: { id: true } });
    expect(await findProjectSurveyRating(unrated.id, new Date())).toBeNull();
  });
});
