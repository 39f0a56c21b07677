// The survey API's route handlers, called as Next calls them, against the real database:
// every status code of POST /api/v1/surveys/{id}/responses, and GET /api/v1/surveys.
import { describe, expect, inject, it, vi } from "vitest";
import { createSurveyFixture, validAnswers, type SurveyFixture } from "./surveys-fixtures";

vi.mock("server-only", () => ({}));

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { db } = await import("../../lib/db");
const { POST } = await import("../../app/api/v1/surveys/[id]/responses/route");
const { GET } = await import("../../app/api/v1/surveys/route");
const { SURVEY_RATE_LIMIT, SURVEY_RATE_SCOPE } = await import("../../lib/surveys/rate-limit-policy");
const { surveyNetworkKey } = await import("../../lib/surveys/network-key");
type toSurveyRecord = typeof import("../../lib/surveys/api-records").toSurveyRecord;

const HOUR = 3_600_000;
let address = 0;
/** Each request from its own address unless told: the rate limit is tested on its own. */
const nextAddress = () => `198.51.${100 + Math.floor(address / 250)}.${address++ % 250}`;

type ApiBody = {
  data?: { surveyId: number; status: string };
  respondentToken?: string;
  error: { code: string; message: string; fields: Record<string, { code: string; message: string }> };
};
type SurveyRecord = ReturnType<toSurveyRecord>;

type Options = { body?: string; token?: string; contentType?: string; lang?: string; forwardedFor?: string; headers?: Record<string, string> };

async function post(surveyId: number | string, options: Options = {}) {
  const headers: Record<string, string> = { "content-type": options.contentType ?? "application/json", "x-forwarded-for": options.forwardedFor ?? nextAddress(), ...options.headers };
  if (options.token) headers["x-respondent-token"] = options.token;
  const url = `http://localhost/api/v1/surveys/${surveyId}/responses${options.lang ? `?lang=${options.lang}` : ""}`;
  const response = await POST(new Request(url, { method: "POST", headers, body: options.body }), { params: Promise.resolve({ id: String(surveyId) }) });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text ? (JSON.parse(text) as ApiBody) : null };
}

const answersBody = (f: SurveyFixture, overrides: Record<string, unknown> = {}) => JSON.stringify({ answers: validAnswers(f, overrides) });

describe("POST /api/v1/surveys/{id}/responses", () => {
  it("201: stores the response as API, returns a signed token; 409 when the same token answers again", async () => {
    const f = await createSurveyFixture(db, "test-api-created");
    const created = await post(f.id, { body: answersBody(f) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ data: { surveyId: f.id, status: "created" } });
    const token = created.json!.respondentToken!;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]{43}$/);
    expect(created.headers.get("x-respondent-token")).toBe(token);
    expect(created.headers.get("cache-control")).toBe("no-store");
    expect(created.headers.get("access-control-allow-origin")).toBeNull();
    expect(await db.surveyResponse.findMany({ where: { surveyId: f.id }, select: { channel: true } })).toEqual([{ channel: "API" }]);

    const again = await post(f.id, { body: answersBody(f), token });
    expect(again.status).toBe(409);
    expect(again.json!.error.code).toBe("already_answered");
    expect(await db.surveyResponse.count({ where: { surveyId: f.id } })).toBe(1);
  });

  it("422: names each faulty question with a code and a message in the requested language", async () => {
    const f = await createSurveyFixture(db, "test-api-invalid");
    const body = answersBody(f, { [f.rating.id]: 9, [f.multiple.id]: f.multiple.options.slice(0, 3), [f.single.id]: undefined });
    const fr = await post(f.id, { body });
    expect(fr.status).toBe(422);
    expect(fr.json!.error.code).toBe("invalid_answers");
    expect(fr.json!.error.fields).toEqual({
      [f.single.id]: { code: "required", message: "Choisissez une réponse" },
      [f.multiple.id]: { code: "tooMany", message: "Choisissez 2 réponses au plus" },
      [f.rating.id]: { code: "ratingRange", message: "Choisissez une note de 1 à 5" },
    });
    const ar = await post(f.id, { body, lang: "ar" });
    expect(ar.json!.error.fields[f.single.id]).toEqual({ code: "required", message: "اختر جوابا" });
    const shape = await post(f.id, { body: JSON.stringify([1, 2]) });
    expect(shape.status).toBe(422);
    expect(Object.values(shape.json!.error.fields).map((v) => v.code)).toEqual(["invalidBody"]);
    expect(await db.surveyResponse.count({ where: { surveyId: f.id } })).toBe(0);
  });

  it("410: outside the survey's window, closed or not yet open", async () => {
    const now = Date.now();
    const closed = await createSurveyFixture(db, "test-api-closed", { opensAt: new Date(now - 2 * HOUR), closesAt: new Date(now - HOUR) });
    const scheduled = await createSurveyFixture(db, "test-api-scheduled", { opensAt: new Date(now + HOUR) });
    const a = await post(closed.id, { body: answersBody(closed) });
    expect([a.status, a.json!.error.code]).toEqual([410, "survey_closed"]);
    const b = await post(scheduled.id, { body: answersBody(scheduled) });
    expect([b.status, b.json!.error.code]).toEqual([410, "survey_not_open"]);
  });

  it("404: an unknown survey, a draft, a malformed id", async () => {
    const draft = await createSurveyFixture(db, "test-api-draft", { opensAt: null });
    for (const id of [draft.id, 999999, "abc", "0", "1e3"]) expect((await post(id, { body: "{}" })).status, String(id)).toBe(404);
  });

  it("400: malformed JSON, a token this portal did not sign; 415: not JSON", async () => {
    const f = await createSurveyFixture(db, "test-api-bad-requests");
    const malformed = await post(f.id, { body: '{"answers": {' });
    expect([malformed.status, malformed.json!.error.code]).toEqual([400, "malformed_json"]);
    const forged = await post(f.id, { body: answersBody(f), token: `${"A".repeat(43)}.${"B".repeat(43)}` });
    expect([forged.status, forged.json!.error.code]).toEqual([400, "invalid_respondent_token"]);
    const form = await post(f.id, { body: "answers=1", contentType: "application/x-www-form-urlencoded" });
    expect([form.status, form.json!.error.code]).toEqual([415, "unsupported_media_type"]);
    expect(await db.surveyResponse.count({ where: { surveyId: f.id } })).toBe(0);
  });

  it("413: a body over 64 KB, declared or not", async () => {
    const f = await createSurveyFixture(db, "test-api-too-large");
    const big = JSON.stringify({ answers: validAnswers(f), padding: "x".repeat(70_000) });
    const declared = await post(f.id, { body: big, headers: { "content-length": String(Buffer.byteLength(big)) } });
    expect([declared.status, declared.json!.error.code]).toEqual([413, "payload_too_large"]);
    // A streamed body without Content-Length is cut off at the limit too.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 10; i++) controller.enqueue(new TextEncoder().encode("x".repeat(10_000)));
        controller.close();
      },
    });
    const request = new Request(`http://localhost/api/v1/surveys/${f.id}/responses`, { method: "POST", headers: { "content-type": "application/json" }, body: stream, duplex: "half" } as RequestInit);
    const streamed = await POST(request, { params: Promise.resolve({ id: String(f.id) }) });
    expect(streamed.status).toBe(413);
    // Just under the limit is accepted.
    const fits = JSON.stringify({ answers: validAnswers(f, { [f.text.id]: "y".repeat(200) }) });
    expect((await post(f.id, { body: fits })).status).toBe(201);
  });

  it(`429: past ${SURVEY_RATE_LIMIT.maxPerWindow} submissions in a window from one address, with Retry-After`, async () => {
    const f = await createSurveyFixture(db, "test-api-rate-limit");
    const forwardedFor = "203.0.113.77";
    const statuses: number[] = [];
    for (let i = 0; i < SURVEY_RATE_LIMIT.maxPerWindow; i++) statuses.push((await post(f.id, { body: answersBody(f), forwardedFor })).status);
    expect(statuses.every((s) => s === 201)).toBe(true);
    const refused = await post(f.id, { body: answersBody(f), forwardedFor });
    expect([refused.status, refused.json!.error.code]).toEqual([429, "rate_limited"]);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await post(f.id, { body: answersBody(f), forwardedFor: "203.0.113.78" })).status).toBe(201);
    // Only a salted hash of the address is stored, never the address itself.
    const keys = await db.surveyResponse.findMany({ where: { surveyId: f.id }, distinct: ["networkKey"], select: { networkKey: true } });
    expect(keys).toHaveLength(2);
    for (const { networkKey } of keys) expect(networkKey).toMatch(/^[0-9a-f]{40}$/);
    const counters = await db.rateLimitCounter.findMany({ where: { key: { contains: "203.0.113" } } });
    expect(counters).toEqual([]);
  });
});

describe("POST /api/v1/surveys/{id}/responses with the survey cached by the server", () => {
  // The handler validates against a per-process copy of the survey; the insert checks the
  // copy's version and window, and anything but stored / already answered / rate limited
  // is decided again on a fresh read (lib/surveys/submit.ts).
  const counted = (forwardedFor: string) =>
    db.rateLimitCounter.aggregate({ where: { scope: SURVEY_RATE_SCOPE, key: surveyNetworkKey(new Headers({ "x-forwarded-for": forwardedFor })) }, _sum: { count: true } }).then((r) => r._sum.count ?? 0);

  it("a survey edited since it was cached (new version) is checked against its new questions; the refused attempt counts nothing", async () => {
    const f = await createSurveyFixture(db, "test-api-cache-version");
    expect((await post(f.id, { body: answersBody(f) })).status).toBe(201); // now cached
    // The free-text question becomes required: the cached copy would accept an answer without it.
    await db.$transaction([
      db.surveyQuestion.update({ where: { id: f.text.id }, data: { isRequired: true } }),
      db.survey.update({ where: { id: f.id }, data: { version: { increment: 1 } } }),
    ]);
    const forwardedFor = "192.0.2.10";
    const refused = await post(f.id, { body: answersBody(f), forwardedFor });
    expect([refused.status, refused.json!.error.code]).toEqual([422, "invalid_answers"]);
    expect(Object.keys(refused.json!.error.fields)).toEqual([String(f.text.id)]);
    expect(await counted(forwardedFor)).toBe(0);
    expect(await db.surveyResponse.count({ where: { surveyId: f.id } })).toBe(1);
    expect((await post(f.id, { body: answersBody(f, { [f.text.id]: "Bien" }), forwardedFor })).status).toBe(201);
    expect(await counted(forwardedFor)).toBe(1);
  });

  it("a survey closed, opened or deleted since it was cached answers 410, 201, 404 from the database's state", async () => {
    const now = Date.now();
    const f = await createSurveyFixture(db, "test-api-cache-window");
    expect((await post(f.id, { body: answersBody(f) })).status).toBe(201);
    // Closed straight in the database (no version change): the insert's own window check refuses.
    const closesAt = new Date(now - 1000);
    await db.survey.update({ where: { id: f.id }, data: { closesAt } });
    const closed = await post(f.id, { body: answersBody(f) });
    expect([closed.status, closed.json!.error.code, (closed.json!.error as unknown as { closesAt: string }).closesAt]).toEqual([410, "survey_closed", closesAt.toISOString()]);

    const scheduled = await createSurveyFixture(db, "test-api-cache-scheduled", { opensAt: new Date(now + HOUR) });
    expect((await post(scheduled.id, { body: answersBody(scheduled) })).status).toBe(410); // cached while scheduled
    await db.survey.update({ where: { id: scheduled.id }, data: { opensAt: new Date(now - 1000) } });
    expect((await post(scheduled.id, { body: answersBody(scheduled) })).status).toBe(201);

    const deleted = await createSurveyFixture(db, "test-api-cache-deleted");
    expect((await post(deleted.id, { body: answersBody(deleted) })).status).toBe(201);
    await db.survey.delete({ where: { id: deleted.id } });
    expect((await post(deleted.id, { body: answersBody(deleted) })).status).toBe(404);
  });
});

describe("GET /api/v1/surveys", () => {
  it("lists open surveys only, with their questions, options and limits in both languages", async () => {
    const open = await createSurveyFixture(db, "test-api-list-open");
    const closed = await createSurveyFixture(db, "test-api-list-closed", { opensAt: new Date(Date.now() - 2 * HOUR), closesAt: new Date(Date.now() - HOUR) });
    const response = await GET();
    expect(response.status).toBe(200);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const body = (await response.json()) as { data: SurveyRecord[]; meta: { total: number } };
    const slugs = body.data.map((s) => s.slug);
    expect(slugs).toContain(open.slug);
    expect(slugs).toContain("avis-portail-et-projets");
    expect(slugs).not.toContain(closed.slug);
    expect(body.meta.total).toBe(body.data.length);
    const record = body.data.find((s) => s.slug === open.slug)!;
    expect(record.responsesUrl).toMatch(new RegExp(`/api/v1/surveys/${open.id}/responses$`));
    const [single, multiple, rating, project, text] = record.questions;
    expect(single).toMatchObject({ id: open.single.id, kind: "SINGLE_CHOICE", isRequired: true, options: [{ id: open.single.options[0], labelFr: "Option 1" }, {}, {}] });
    expect(multiple).toMatchObject({ kind: "MULTIPLE_CHOICE", minChoices: 1, maxChoices: 2 });
    expect(rating).toMatchObject({ kind: "RATING", ratingMin: 1, ratingMax: 5, options: [] });
    expect(project!.project!.slug).toBeTruthy();
    expect(text).toMatchObject({ kind: "FREE_TEXT", maxLength: 200, isRequired: false });
    const illustrative = body.data.find((s) => s.slug === "avis-portail-et-projets")!;
    expect(illustrative.titleAr).toBe("رأيك في البوابة والمشاريع");
    expect(illustrative.questions[0]!.options[0]!.labelAr).toBe("مواطن");
  });
});
