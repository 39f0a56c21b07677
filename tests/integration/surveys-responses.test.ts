// Submitting survey responses against the real database: de-duplication under concurrency,
// the open/close window, validation against the stored questions, the per-address rate
// limit and the honeypot. Only the "server-only" guard is stubbed.
import { describe, expect, inject, it, vi } from "vitest";
import { createSurveyFixture, validAnswers } from "./surveys-fixtures";

vi.mock("server-only", () => ({}));

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { db } = await import("../../lib/db");
const { findPublicSurveyById } = await import("../../lib/data/surveys");
const { submitSurveyResponse } = await import("../../lib/surveys/submit");
const { createRespondentToken, respondentKeyOf } = await import("../../lib/surveys/respondent-token");
const { SURVEY_RATE_LIMIT, SURVEY_RATE_SCOPE, windowStartOf } = await import("../../lib/surveys/rate-limit-policy");
const { recordSurveyResponse } = await import("../../lib/data/surveys-responses");

const HOUR = 3_600_000;
let counter = 0;
const uniqueNetwork = () => `test-net-${Date.now()}-${counter++}`;

async function loadSurvey(id: number) {
  const survey = await findPublicSurveyById(id);
  if (!survey) throw new Error(`survey ${id} not found`);
  return survey;
}

const countResponses = (surveyId: number) => db.surveyResponse.count({ where: { surveyId } });

describe("one response per respondent, under concurrency", () => {
  it("stores exactly 200 of 200 concurrent submissions from 200 respondents", async () => {
    const fixture = await createSurveyFixture(db, "test-concurrent-distinct");
    const survey = await loadSurvey(fixture.id);
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        submitSurveyResponse({
          survey,
          body: { answers: validAnswers(fixture, { [fixture.rating.id]: 1 + (i % 5) }) },
          token: createRespondentToken(),
          // Distinct addresses: this test is about de-duplication, not the per-address limit.
          networkKey: uniqueNetwork(),
          channel: i % 2 ? "API" : "WEB",
        }),
      ),
    );
    expect(results.filter((r) => r.status === "created")).toHaveLength(200);
    expect(await countResponses(fixture.id)).toBe(200);
    // Every response has all its answers: single, one multiple-choice option, rating.
    expect(await db.surveyAnswer.count({ where: { response: { surveyId: fixture.id } } })).toBe(600);
    const ratings = await db.surveyAnswer.groupBy({ by: ["rating"], where: { questionId: fixture.rating.id }, _count: { _all: true }, orderBy: { rating: "asc" } });
    expect(ratings.map((r) => [r.rating, r._count._all])).toEqual([[1, 40], [2, 40], [3, 40], [4, 40], [5, 40]]);
  });

  it("stores exactly 1 of 50 concurrent submissions with one token; the 49 others are 'already answered'", async () => {
    const fixture = await createSurveyFixture(db, "test-concurrent-same-token");
    const survey = await loadSurvey(fixture.id);
    const token = createRespondentToken();
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        submitSurveyResponse({ survey, body: { answers: validAnswers(fixture) }, token, networkKey: uniqueNetwork(), channel: "WEB" }),
      ),
    );
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(results.filter((r) => r.status === "duplicate")).toHaveLength(49);
    expect(await countResponses(fixture.id)).toBe(1);
    expect(await db.surveyAnswer.count({ where: { response: { surveyId: fixture.id } } })).toBe(3);
  });

  it("keys the response by a per-survey hash of the token, never the token", async () => {
    const fixture = await createSurveyFixture(db, "test-respondent-key");
    const survey = await loadSurvey(fixture.id);
    const token = createRespondentToken();
    await submitSurveyResponse({ survey, body: { answers: validAnswers(fixture) }, token, networkKey: null, channel: "WEB" });
    const stored = await db.surveyResponse.findFirstOrThrow({ where: { surveyId: fixture.id }, select: { respondentKey: true, networkKey: true, channel: true, isFlagged: true } });
    expect(stored).toEqual({ respondentKey: respondentKeyOf(token, fixture.id), networkKey: null, channel: "WEB", isFlagged: false });
    expect(stored.respondentKey).not.toContain(token);
    // The same token may answer another survey.
    const other = await createSurveyFixture(db, "test-respondent-key-2");
    const result = await submitSurveyResponse({ survey: await loadSurvey(other.id), body: { answers: validAnswers(other) }, token, networkKey: null, channel: "WEB" });
    expect(result.status).toBe("created");
  });
});

describe("the open/close window", () => {
  it("refuses a closed, a scheduled survey, and one that closed after it was read; stores nothing", async () => {
    const now = Date.now();
    const closed = await createSurveyFixture(db, "test-window-closed", { opensAt: new Date(now - 2 * HOUR), closesAt: new Date(now - HOUR) });
    const scheduled = await createSurveyFixture(db, "test-window-scheduled", { opensAt: new Date(now + HOUR) });
    const closing = await createSurveyFixture(db, "test-window-closing", { opensAt: new Date(now - HOUR), closesAt: new Date(now + 60_000) });
    const submit = async (id: number, at?: Date) =>
      submitSurveyResponse({ survey: await loadSurvey(id), body: { answers: validAnswers(closed) }, token: createRespondentToken(), networkKey: null, channel: "API", now: at });
    expect(await submit(closed.id)).toEqual({ status: "closed", phase: "closed" });
    expect(await submit(scheduled.id)).toEqual({ status: "closed", phase: "scheduled" });
    // Read while open, stored after closing: the INSERT itself checks the window.
    const survey = await loadSurvey(closing.id);
    await db.survey.update({ where: { id: closing.id }, data: { closesAt: new Date(now - 1000) } });
    const late = await submitSurveyResponse({ survey, body: { answers: validAnswers(closing) }, token: createRespondentToken(), networkKey: null, channel: "WEB", now: new Date(now) });
    expect(late).toEqual({ status: "closed", phase: "closed" });
    for (const f of [closed, scheduled, closing]) expect(await countResponses(f.id)).toBe(0);
  });

  it("does not show a draft (never opened) to the public at all", async () => {
    const draft = await createSurveyFixture(db, "test-window-draft", { opensAt: null });
    expect(await findPublicSurveyById(draft.id)).toBeNull();
  });
});

describe("validation against the stored questions", () => {
  it("refuses each kind of invalid answer with its code, and stores nothing", async () => {
    const fixture = await createSurveyFixture(db, "test-validation");
    const other = await createSurveyFixture(db, "test-validation-other");
    const survey = await loadSurvey(fixture.id);
    const submit = (overrides: Record<string, unknown>) =>
      submitSurveyResponse({ survey, body: { answers: validAnswers(fixture, overrides) }, token: createRespondentToken(), networkKey: null, channel: "API" });
    const codeOf = async (overrides: Record<string, unknown>) => {
      const result = await submit(overrides);
      return result.status === "invalid" ? result.issues.map((i) => `${i.questionId}:${i.code}`) : result.status;
    };
    expect(await codeOf({ [fixture.single.id]: undefined })).toEqual([`${fixture.single.id}:required`]);
    expect(await codeOf({ [fixture.multiple.id]: fixture.multiple.options.slice(0, 3) })).toEqual([`${fixture.multiple.id}:tooMany`]);
    expect(await codeOf({ [fixture.multiple.id]: [] })).toEqual([`${fixture.multiple.id}:required`]);
    expect(await codeOf({ [fixture.rating.id]: 6 })).toEqual([`${fixture.rating.id}:ratingRange`]);
    expect(await codeOf({ [fixture.project.id]: 0 })).toEqual([`${fixture.project.id}:ratingRange`]);
    expect(await codeOf({ [fixture.text.id]: "x".repeat(201) })).toEqual([`${fixture.text.id}:tooLong`]);
    // An option of another question of this survey, and one of another survey.
    expect(await codeOf({ [fixture.single.id]: fixture.multiple.options[0] })).toEqual([`${fixture.single.id}:unknownOption`]);
    expect(await codeOf({ [fixture.multiple.id]: [other.multiple.options[0]] })).toEqual([`${fixture.multiple.id}:unknownOption`]);
    expect(await codeOf({ [other.rating.id]: 3 })).toEqual(["null:unknownQuestion"]);
    expect(await countResponses(fixture.id)).toBe(0);
    // The limits are inclusive: 2 choices and 200 characters are accepted.
    expect(await codeOf({ [fixture.multiple.id]: fixture.multiple.options.slice(0, 2), [fixture.text.id]: "x".repeat(200) })).toBe("created");
  });

  it("stores free text as pending moderation and a multiple choice as one row per option", async () => {
    const fixture = await createSurveyFixture(db, "test-stored-rows");
    const survey = await loadSurvey(fixture.id);
    const body = { answers: validAnswers(fixture, { [fixture.multiple.id]: fixture.multiple.options.slice(0, 2), [fixture.project.id]: 2, [fixture.text.id]: "  Très utile.\r\nMerci  " }) };
    expect((await submitSurveyResponse({ survey, body, token: createRespondentToken(), networkKey: null, channel: "WEB" })).status).toBe("created");
    const answers = await db.surveyAnswer.findMany({
      where: { response: { surveyId: fixture.id } },
      orderBy: [{ questionId: "asc" }, { optionId: "asc" }],
      select: { questionId: true, optionId: true, rating: true, text: true, moderationStatus: true },
    });
    expect(answers).toEqual([
      { questionId: fixture.single.id, optionId: fixture.single.options[0], rating: null, text: null, moderationStatus: null },
      { questionId: fixture.multiple.id, optionId: fixture.multiple.options[0], rating: null, text: null, moderationStatus: null },
      { questionId: fixture.multiple.id, optionId: fixture.multiple.options[1], rating: null, text: null, moderationStatus: null },
      { questionId: fixture.rating.id, optionId: null, rating: 4, text: null, moderationStatus: null },
      { questionId: fixture.project.id, optionId: null, rating: 2, text: null, moderationStatus: null },
      { questionId: fixture.text.id, optionId: null, rating: null, text: "Très utile.\nMerci", moderationStatus: "PENDING" },
    ]);
  });
});

describe("per-address rate limit and burst flags", () => {
  it("counts each submission from an address in PostgreSQL, flags past the burst line and refuses past the limit", async () => {
    const fixture = await createSurveyFixture(db, "test-rate-limit");
    const survey = await loadSurvey(fixture.id);
    const networkKey = uniqueNetwork();
    const limit = { windowSeconds: 600, maxPerWindow: 3, flagAfter: 1 };
    const now = new Date();
    const submit = (key = networkKey) =>
      submitSurveyResponse({ survey, body: { answers: validAnswers(fixture) }, token: createRespondentToken(), networkKey: key, channel: "WEB", now, limit });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push(await submit());
    expect(statuses.map((s) => s.status)).toEqual(["created", "created", "created", "rate_limited"]);
    const refused = statuses[3]!;
    expect(refused.status === "rate_limited" && refused.retryAfterSeconds).toBeGreaterThan(0);
    const flags = await db.surveyResponse.findMany({ where: { surveyId: fixture.id }, orderBy: { id: "asc" }, select: { isFlagged: true, networkKey: true } });
    expect(flags.map((f) => f.isFlagged)).toEqual([false, true, true]);
    expect(flags.every((f) => f.networkKey === networkKey)).toBe(true);
    const counter = await db.rateLimitCounter.findUniqueOrThrow({
      where: { scope_key_windowStart: { scope: SURVEY_RATE_SCOPE, key: networkKey, windowStart: windowStartOf(now, 600) } },
      select: { count: true },
    });
    expect(counter.count).toBe(4);
    // Another address is not affected.
    expect((await submit(uniqueNetwork())).status).toBe("created");
  });

  it("lets people sharing one address each answer: with the default policy, none refused, the burst flagged", async () => {
    const fixture = await createSurveyFixture(db, "test-shared-address");
    const survey = await loadSurvey(fixture.id);
    const networkKey = uniqueNetwork();
    const count = SURVEY_RATE_LIMIT.flagAfter + 5;
    const results = await Promise.all(
      Array.from({ length: count }, () => submitSurveyResponse({ survey, body: { answers: validAnswers(fixture) }, token: createRespondentToken(), networkKey, channel: "WEB" })),
    );
    expect(results.every((r) => r.status === "created")).toBe(true);
    expect(await db.surveyResponse.count({ where: { surveyId: fixture.id, isFlagged: true } })).toBe(5);
  });

  it("counts a refused duplicate towards the limit (one statement counts and inserts)", async () => {
    const fixture = await createSurveyFixture(db, "test-rate-duplicate");
    const survey = await loadSurvey(fixture.id);
    const networkKey = uniqueNetwork();
    const token = createRespondentToken();
    const submit = () => submitSurveyResponse({ survey, body: { answers: validAnswers(fixture) }, token, networkKey, channel: "WEB" });
    expect([(await submit()).status, (await submit()).status]).toEqual(["created", "duplicate"]);
    const counter = await db.rateLimitCounter.findFirstOrThrow({ where: { scope: SURVEY_RATE_SCOPE, key: networkKey }, select: { count: true } });
    expect(counter.count).toBe(2);
  });

  it("stores and counts nothing for answers checked against an outdated version of the survey", async () => {
    const fixture = await createSurveyFixture(db, "test-rate-stale");
    const { version } = await db.survey.findUniqueOrThrow({ where: { id: fixture.id }, select: { version: true } });
    const networkKey = uniqueNetwork();
    const record = (expectedVersion: number) =>
      recordSurveyResponse({
        surveyId: fixture.id,
        respondentKey: respondentKeyOf(createRespondentToken(), fixture.id),
        networkKey,
        channel: "API",
        answers: [{ questionId: fixture.rating.id, kind: "RATING", rating: 3 }],
        expectedVersion,
      });
    expect(await record(version - 1)).toEqual({ outcome: "stale" });
    expect(await countResponses(fixture.id)).toBe(0);
    expect(await db.rateLimitCounter.count({ where: { key: networkKey } })).toBe(0);
    expect(await record(version)).toEqual({ outcome: "created", isFlagged: false });
    expect(await countResponses(fixture.id)).toBe(1);
  });

  it("waits for a staff edit holding the survey row, then checks the version the edit left", async () => {
    const fixture = await createSurveyFixture(db, "test-rate-edit-race");
    const { version } = await db.survey.findUniqueOrThrow({ where: { id: fixture.id }, select: { version: true } });
    let recorded: ReturnType<typeof recordSurveyResponse> | undefined;
    await db.$transaction(async (tx) => {
      // As updateSurvey does: the survey row locked, then its version incremented.
      await tx.$queryRaw`SELECT id FROM "Survey" WHERE id = ${fixture.id} FOR UPDATE`;
      await tx.survey.update({ where: { id: fixture.id }, data: { version: { increment: 1 } } });
      recorded = recordSurveyResponse({
        surveyId: fixture.id,
        respondentKey: respondentKeyOf(createRespondentToken(), fixture.id),
        networkKey: null,
        channel: "API",
        answers: [{ questionId: fixture.rating.id, kind: "RATING", rating: 3 }],
        expectedVersion: version,
      });
      // Commit only once the submission is waiting for this transaction's lock.
      for (let i = 0; i < 500; i++) {
        const [row] = await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%egov_record_survey_response%'`;
        if (row!.n > 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    });
    expect(await recorded).toEqual({ outcome: "stale" });
    expect(await countResponses(fixture.id)).toBe(0);
  });

  it("does not count an invalid submission", async () => {
    const fixture = await createSurveyFixture(db, "test-rate-invalid");
    const networkKey = uniqueNetwork();
    const result = await submitSurveyResponse({ survey: await loadSurvey(fixture.id), body: { answers: {} }, token: createRespondentToken(), networkKey, channel: "WEB" });
    expect(result.status).toBe("invalid");
    expect(await db.rateLimitCounter.count({ where: { key: networkKey } })).toBe(0);
  });
});

describe("honeypot", () => {
  it("answers as if stored, and stores nothing: no response, no answer, no counter", async () => {
    const fixture = await createSurveyFixture(db, "test-honeypot");
    const networkKey = uniqueNetwork();
    const result = await submitSurveyResponse({
      survey: await loadSurvey(fixture.id),
      body: { answers: validAnswers(fixture) },
      honeypot: "http://spam.example",
      token: createRespondentToken(),
      networkKey,
      channel: "WEB",
    });
    expect(result).toEqual({ status: "ignored" });
    expect(await countResponses(fixture.id)).toBe(0);
    expect(await db.rateLimitCounter.count({ where: { key: networkKey } })).toBe(0);
  });
});
