// The staff data layer of surveys against the real database: who may do what (typed
// FORBIDDEN, audited), the lifecycle, the structure lock, live counts, CSV and moderation.
import { beforeAll, describe, expect, inject, it, vi } from "vitest";
import type { Role } from "../../lib/generated/prisma/enums";

vi.mock("server-only", () => ({}));

process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { db } = await import("../../lib/db");
const { AppError } = await import("../../lib/errors");
const admin = await import("../../lib/data/surveys-admin");
const lifecycle = await import("../../lib/data/surveys-admin-lifecycle");
const { countSurveyResponsesLive, exportSurveyResponsesCsv } = await import("../../lib/data/surveys-admin-export");
const { findPendingFreeTextAnswers, moderateFreeTextAnswer } = await import("../../lib/data/surveys-moderation");
const { findPublicSurveyBySlug } = await import("../../lib/data/surveys");
const { findSurveyResults } = await import("../../lib/data/surveys-results");
const { submitSurveyResponse } = await import("../../lib/surveys/submit");
const { createRespondentToken } = await import("../../lib/surveys/respondent-token");
const { surveyDefinitionSchema } = await import("../../lib/validation/survey-definition");

type Actor = { id: number; role: Role; organizationId: number | null };
const ROLES: Role[] = ["ADMIN", "DPGOV_EDITOR", "SPGOV_EDITOR", "MODERATOR", "STAKEHOLDER"];
const actors = {} as Record<Role, Actor>;
let projectId = 0;

const definition = (slug: string, extra: Record<string, unknown> = {}) =>
  surveyDefinitionSchema.parse({
    slug,
    kind: "SERVICE_SATISFACTION",
    titleFr: "Satisfaction",
    descriptionFr: "Votre avis sur un service.",
    questions: [
      { kind: "SINGLE_CHOICE", promptFr: "Canal utilisé", isRequired: true, options: [{ labelFr: "Internet" }, { labelFr: "Guichet" }] },
      { kind: "PROJECT_RATING", promptFr: "Pertinence", isRequired: true, projectId },
      { kind: "FREE_TEXT", promptFr: "Commentaire", isRequired: false, maxLength: 300 },
    ],
    ...extra,
  });

async function expectCode(promise: Promise<unknown>, code: string, message?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}`).toBeInstanceOf(AppError);
  expect((error as InstanceType<typeof AppError>).code).toBe(code);
  if (message) expect((error as Error).message).toBe(message);
}

beforeAll(async () => {
  const org = await db.organization.findFirstOrThrow({ select: { id: true } });
  projectId = (await db.project.findFirstOrThrow({ select: { id: true } })).id;
  for (const role of ROLES) {
    const user = await db.user.create({
      data: { email: `surveys-${role.toLowerCase()}-${Date.now()}@test.invalid`, name: `Test ${role}`, role, organizationId: role === "SPGOV_EDITOR" ? org.id : null },
      select: { id: true, role: true, organizationId: true },
    });
    actors[role] = user;
  }
});

describe("who may build, run and moderate surveys", () => {
  it("lets only ADMIN and DPGOV_EDITOR create surveys; refusals are typed and audited", async () => {
    for (const role of ROLES) {
      const attempt = admin.createSurvey(actors[role], definition(`test-admin-create-${role.toLowerCase().replace("_", "-")}`));
      if (role === "ADMIN" || role === "DPGOV_EDITOR") await expect(attempt).resolves.toMatchObject({ id: expect.any(Number) });
      else await expectCode(attempt, "FORBIDDEN");
    }
    const denied = await db.auditLog.count({ where: { action: "survey.create", outcome: "DENIED", actorUserId: { in: [actors.MODERATOR.id, actors.STAKEHOLDER.id, actors.SPGOV_EDITOR.id] } } });
    expect(denied).toBe(3);
  });

  it("refuses every staff survey function to a moderator, a SPGOV editor and a stakeholder", async () => {
    const { id } = await admin.createSurvey(actors.ADMIN, definition("test-admin-refusals"));
    for (const role of ["MODERATOR", "SPGOV_EDITOR", "STAKEHOLDER"] as const) {
      const actor = actors[role];
      await expectCode(admin.findSurveysForStaff(actor), "FORBIDDEN");
      await expectCode(admin.findSurveyForEditing(actor, id), "FORBIDDEN");
      await expectCode(admin.updateSurvey(actor, id, 1, definition("test-admin-refusals")), "FORBIDDEN");
      await expectCode(lifecycle.openSurvey(actor, id), "FORBIDDEN");
      await expectCode(lifecycle.closeSurvey(actor, id), "FORBIDDEN");
      await expectCode(lifecycle.publishSurveyResults(actor, id), "FORBIDDEN");
      await expectCode(countSurveyResponsesLive(actor, id), "FORBIDDEN");
      await expectCode(exportSurveyResponsesCsv(actor, id), "FORBIDDEN");
    }
    // Nothing changed.
    expect(await db.survey.findUniqueOrThrow({ where: { id }, select: { opensAt: true, version: true } })).toEqual({ opensAt: null, version: 1 });
  });

  it("lets ADMIN, DPGOV_EDITOR and MODERATOR moderate, not a SPGOV editor or a stakeholder", async () => {
    const { id } = await admin.createSurvey(actors.ADMIN, definition("test-admin-moderation-roles"));
    await lifecycle.openSurvey(actors.ADMIN, id);
    const survey = (await findPublicSurveyBySlug("test-admin-moderation-roles"))!;
    const [choice, rating, text] = survey.questions;
    await submitSurveyResponse({
      survey,
      body: { answers: { [choice!.id]: choice!.options[0]!.id, [rating!.id]: 4, [text!.id]: "Un commentaire" } },
      token: createRespondentToken(),
      networkKey: null,
      channel: "WEB",
    });
    const [pending] = await findPendingFreeTextAnswers(actors.MODERATOR, id);
    expect(pending).toMatchObject({ questionId: text!.id, text: "Un commentaire", promptFr: "Commentaire" });
    for (const role of ["SPGOV_EDITOR", "STAKEHOLDER"] as const) {
      await expectCode(findPendingFreeTextAnswers(actors[role], id), "FORBIDDEN");
      await expectCode(moderateFreeTextAnswer(actors[role], pending!.id, "APPROVED"), "FORBIDDEN");
    }
    for (const role of ["MODERATOR", "DPGOV_EDITOR", "ADMIN"] as const) await moderateFreeTextAnswer(actors[role], pending!.id, "APPROVED");
    expect(await db.surveyAnswer.findUniqueOrThrow({ where: { id: BigInt(pending!.id) }, select: { moderationStatus: true } })).toEqual({ moderationStatus: "APPROVED" });
    // A rating is not free text: there is nothing to moderate.
    const ratingAnswer = await db.surveyAnswer.findFirstOrThrow({ where: { questionId: rating!.id }, select: { id: true } });
    await expectCode(moderateFreeTextAnswer(actors.MODERATOR, ratingAnswer.id, "APPROVED"), "NOT_FOUND");
  });
});

describe("a survey's lifecycle", () => {
  it("goes draft -> open -> closed -> results published, and freezes its structure once open", async () => {
    const slug = "test-admin-lifecycle";
    const { id } = await admin.createSurvey(actors.DPGOV_EDITOR, definition(slug));
    expect(await findPublicSurveyBySlug(slug)).toBeNull(); // a draft is not public
    await expectCode(lifecycle.closeSurvey(actors.DPGOV_EDITOR, id), "CONFLICT", "admin.errors.invalidTransition");
    await expectCode(lifecycle.publishSurveyResults(actors.DPGOV_EDITOR, id), "CONFLICT", "admin.errors.invalidTransition");

    // While a draft, the structure may change: a question is added.
    const draft = await admin.findSurveyForEditing(actors.DPGOV_EDITOR, id);
    const edited = definition(slug, {
      questions: [...definition(slug).questions, { kind: "RATING", promptFr: "Note globale", isRequired: true }],
    });
    const { version } = await admin.updateSurvey(actors.DPGOV_EDITOR, id, draft.version, edited);
    expect(version).toBe(draft.version + 1);
    await expectCode(admin.updateSurvey(actors.DPGOV_EDITOR, id, draft.version, edited), "CONFLICT", "admin.errors.versionConflict");

    await lifecycle.openSurvey(actors.DPGOV_EDITOR, id);
    const open = (await findPublicSurveyBySlug(slug))!;
    expect(open.questions).toHaveLength(4);
    const current = await admin.findSurveyForEditing(actors.DPGOV_EDITOR, id);
    const asInput = (questions: typeof current.questions) =>
      surveyDefinitionSchema.parse({ slug, kind: current.kind, titleFr: current.titleFr, descriptionFr: current.descriptionFr, questions });
    // Open: adding or removing questions, or changing a rule, is refused...
    await expectCode(admin.updateSurvey(actors.DPGOV_EDITOR, id, current.version, asInput(current.questions.slice(1))), "CONFLICT", "admin.errors.structureLocked");
    await expectCode(
      admin.updateSurvey(actors.DPGOV_EDITOR, id, current.version, asInput(current.questions.map((q, i) => (i === 0 ? { ...q, isRequired: false } : q)))),
      "CONFLICT",
      "admin.errors.structureLocked",
    );
    // ...but texts can be corrected.
    const corrected = current.questions.map((q, i) => (i === 0 ? { ...q, promptFr: "Canal utilisé (corrigé)", options: q.options.map((o) => ({ ...o, labelAr: "عبر الإنترنت" })) } : q));
    await admin.updateSurvey(actors.DPGOV_EDITOR, id, current.version, asInput(corrected));
    const after = (await findPublicSurveyBySlug(slug))!;
    expect(after.questions[0]!.promptFr).toBe("Canal utilisé (corrigé)");
    expect(after.questions.map((q) => q.id)).toEqual(open.questions.map((q) => q.id)); // same questions, same ids

    await lifecycle.closeSurvey(actors.DPGOV_EDITOR, id);
    await expectCode(lifecycle.closeSurvey(actors.DPGOV_EDITOR, id), "CONFLICT");
    expect(await findSurveyResults(slug, new Date())).toBeNull();
    await lifecycle.publishSurveyResults(actors.DPGOV_EDITOR, id);
    expect(await findSurveyResults(slug, new Date())).not.toBeNull();
    await lifecycle.unpublishSurveyResults(actors.ADMIN, id);
    expect(await findSurveyResults(slug, new Date())).toBeNull();
    const actions = await db.auditLog.findMany({ where: { entityType: "Survey", entityId: String(id), outcome: "SUCCESS" }, orderBy: { id: "asc" }, select: { action: true } });
    expect(actions.map((a) => a.action)).toEqual(["survey.create", "survey.update", "survey.open", "survey.update", "survey.close", "survey.publish-results", "survey.unpublish-results"]);
  });

  it("refuses a taken slug, an unknown project and a closing date before the opening", async () => {
    await admin.createSurvey(actors.ADMIN, definition("test-admin-slug"));
    await expectCode(admin.createSurvey(actors.ADMIN, definition("test-admin-slug")), "CONFLICT", "admin.errors.slugTaken");
    const unknownProject = definition("test-admin-project");
    unknownProject.questions[1]!.projectId = 99_999_999;
    await expectCode(admin.createSurvey(actors.ADMIN, unknownProject), "INVALID", "admin.errors.projectUnknown");
    const { id } = await admin.createSurvey(actors.ADMIN, definition("test-admin-window"));
    const now = new Date();
    await expectCode(lifecycle.openSurvey(actors.ADMIN, id, { opensAt: now, closesAt: new Date(now.getTime() - 1000) }), "INVALID", "admin.errors.closeBeforeOpen");
  });
});

describe("live counts and the CSV export", () => {
  it("count responses as they arrive and export them, one row each, UTF-8 with BOM", async () => {
    const slug = "test-admin-export";
    const { id } = await admin.createSurvey(actors.ADMIN, definition(slug));
    await lifecycle.openSurvey(actors.ADMIN, id);
    const survey = (await findPublicSurveyBySlug(slug))!;
    const [choice, rating, text] = survey.questions;
    const submit = (answers: Record<string, unknown>, channel: "WEB" | "API") =>
      submitSurveyResponse({ survey, body: { answers }, token: createRespondentToken(), networkKey: null, channel });
    await submit({ [choice!.id]: choice!.options[1]!.id, [rating!.id]: 2, [text!.id]: '=HYPERLINK("x") et "guillemets", ça va' }, "WEB");
    await submit({ [choice!.id]: choice!.options[0]!.id, [rating!.id]: 5 }, "API");
    await submit({ [choice!.id]: choice!.options[0]!.id, [rating!.id]: 4 }, "API");

    expect(await countSurveyResponsesLive(actors.DPGOV_EDITOR, id)).toEqual({ total: 3, flagged: 0, api: 2, lastHour: 3, today: 3, pendingModeration: 1 });

    const { fileName, stream } = await exportSurveyResponsesCsv(actors.DPGOV_EDITOR, id, 2); // batches of 2: the stream pages
    expect(fileName).toBe(`reponses-${slug}.csv`);
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer());
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines[0]).toBe("response_id,submitted_at,channel,is_flagged,Q1. Canal utilisé,Q2. Pertinence,Q3. Commentaire,Q3 moderation");
    expect(lines).toHaveLength(5); // header, 3 rows, and the empty string after the last CRLF
    expect(lines[1]).toMatch(/^\d+,\d{4}-\d\d-\d\dT[^,]+Z,WEB,false,Guichet,2,"'=HYPERLINK\(""x""\) et ""guillemets"", ça va",PENDING$/);
    expect(lines[2]).toMatch(/,API,false,Internet,5,,$/);
    expect(csv).not.toMatch(/[0-9a-f]{40}/); // no respondent or network hashes
  });
});
