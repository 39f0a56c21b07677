// Content editing (sessions, news, indicators, organisations, governance members) through
// the data layer against the seeded PostgreSQL: who may do what, what is refused and
// audited, and the plausibility rules. Everything this file creates is removed afterwards,
// and the seeded rows it changes are put back, since other files read the same database.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
process.env.DATABASE_URL = inject("databaseUrl");

const { createPrisma } = await import("../../scripts/lib/prisma-script");
const sessions = await import("../../lib/data/session-edit");
const { saveSessionAgenda } = await import("../../lib/data/session-agenda-edit");
const decisions = await import("../../lib/data/decision-edit");
const news = await import("../../lib/data/news-edit");
const indicators = await import("../../lib/data/indicator-edit");
const values = await import("../../lib/data/indicator-value-edit");
const organizations = await import("../../lib/data/organization-edit");
const members = await import("../../lib/data/member-edit");
const { StaleEditError } = await import("../../lib/data/content-edit");
const { findNewsPage } = await import("../../lib/data/news");
const { findSessionByNumber } = await import("../../lib/data/sessions");
const { sessionCreateSchema, sessionUpdateSchema } = await import("../../lib/validation/session-edit");
const { decisionCreateSchema, decisionUpdateSchema } = await import("../../lib/validation/session-decision");
const { newsCreateSchema, newsUpdateSchema } = await import("../../lib/validation/news-edit");
const { indicatorTargetSchema } = await import("../../lib/validation/indicator-edit");
const { indicatorValueSchema } = await import("../../lib/validation/indicator-value");
const { organizationSchema } = await import("../../lib/validation/organization-edit");
const { memberSchema } = await import("../../lib/validation/member-edit");
const { todayAsDate } = await import("../../lib/dates");
type Actor = import("../../lib/auth/permissions").Actor;
type Role = import("../../lib/generated/prisma/enums").Role;

const prisma = createPrisma(inject("databaseUrl"));
const RUN = randomUUID().slice(0, 8);
const day = (date: Date) => date.toISOString().slice(0, 10);

const actors = {} as Record<"admin" | "dpgov" | "spgov" | "moderator" | "stakeholder", Actor>;
const ALLOWED = ["dpgov", "admin"] as const;
const REFUSED = ["stakeholder", "spgov", "moderator"] as const;

async function makeUser(role: Role, organizationId: number | null): Promise<Actor> {
  const user = await prisma.user.create({ data: { email: `${role.toLowerCase()}-${randomUUID()}@content.test`, name: `Test ${role}`, role, organizationId } });
  return { id: user.id, name: user.name, role, organizationId };
}

// Rows this file works on, created here so the seeded programme is left as it was.
const fixture = { sessionNumber: 7, decisionId: 0, newsId: 0, indicatorSlug: `test-indicator-${RUN}`, organizationSlug: `test-organisation-${RUN}`, memberId: 0, cigovId: 0 };
const createdNewsIds: number[] = [];

beforeAll(async () => {
  const interior = await prisma.organization.findFirstOrThrow({ where: { nameFr: { contains: "Intérieur" } }, select: { id: true } });
  actors.admin = await makeUser("ADMIN", null);
  actors.dpgov = await makeUser("DPGOV_EDITOR", null);
  actors.spgov = await makeUser("SPGOV_EDITOR", interior.id);
  actors.moderator = await makeUser("MODERATOR", null);
  actors.stakeholder = await makeUser("STAKEHOLDER", null);
  const cigov = await prisma.governanceBody.findFirstOrThrow({ where: { kind: "CIGOV" }, select: { id: true } });
  fixture.cigovId = cigov.id;
  const session = await prisma.committeeSession.create({
    data: { bodyId: cigov.id, number: fixture.sessionNumber, heldOn: new Date("2011-03-01T00:00:00Z"), status: "HELD", agendaItems: { create: [{ position: 1, titleFr: "Point initial" }] }, decisions: { create: [{ position: 1, textFr: "Décision initiale" }] } },
    select: { decisions: { select: { id: true } } },
  });
  fixture.decisionId = session.decisions[0]!.id;
  const item = await prisma.newsItem.create({ data: { slug: `test-news-${RUN}`, titleFr: "Brouillon de test", summaryFr: "Chapeau", bodyFr: "Texte", publishedAt: new Date("2013-05-01T12:00:00Z"), isPublished: false } });
  fixture.newsId = item.id;
  createdNewsIds.push(item.id);
  await prisma.indicator.create({ data: { slug: fixture.indicatorSlug, titleFr: "Indicateur de test", unitFr: "communes", targetValue: 100, targetOn: new Date("2013-12-31T00:00:00Z") } });
  await prisma.organization.create({ data: { slug: fixture.organizationSlug, kind: "OTHER", nameFr: "Organisation de test" } });
  fixture.memberId = (await prisma.bodyMember.create({ data: { bodyId: cigov.id, position: 99, roleFr: "Membre de test" } })).id;
});

afterAll(async () => {
  await prisma.committeeSession.deleteMany({ where: { bodyId: fixture.cigovId, number: { notIn: [1, 11] } } });
  await prisma.newsItem.deleteMany({ where: { id: { in: createdNewsIds } } });
  await prisma.indicator.deleteMany({ where: { slug: fixture.indicatorSlug } });
  await prisma.organization.deleteMany({ where: { slug: fixture.organizationSlug } });
  await prisma.bodyMember.deleteMany({ where: { roleFr: { startsWith: "Membre de test" } } });
  await prisma.source.deleteMany({ where: { OR: [{ key: { startsWith: "news-" } }, { key: { startsWith: "indicator-" } }] } });
  await prisma.$disconnect();
});

/** The updatedAt an editor would have loaded, as the form's hidden field carries it. */
const stamps = {
  session: async () => (await prisma.committeeSession.findFirstOrThrow({ where: { bodyId: fixture.cigovId, number: fixture.sessionNumber } })).updatedAt.toISOString(),
  decision: async () => (await prisma.decision.findUniqueOrThrow({ where: { id: fixture.decisionId } })).updatedAt.toISOString(),
  news: async () => (await prisma.newsItem.findUniqueOrThrow({ where: { id: fixture.newsId } })).updatedAt.toISOString(),
  indicator: async () => (await prisma.indicator.findUniqueOrThrow({ where: { slug: fixture.indicatorSlug } })).updatedAt.toISOString(),
  organization: async () => (await prisma.organization.findUniqueOrThrow({ where: { slug: fixture.organizationSlug } })).updatedAt.toISOString(),
};

const sessionFields = { status: "HELD", chairName: "", chairTitleFr: "", chairTitleAr: "", summaryFr: "", summaryAr: "" };
const newsFields = { kind: "ANNOUNCEMENT", titleAr: "", summaryFr: "Chapeau", summaryAr: "", bodyFr: "Texte", bodyAr: "", sessionNumber: "", projectSlugs: [], sourceTitle: "", sourcePublisher: "", sourceUrl: "", sourcePublishedOn: "" };
const valueFields = { noteFr: "", noteAr: "", sourceId: "", sourceTitle: "Rapport d'étape", sourcePublisher: "", sourceUrl: "", sourcePublishedOn: "", isAboveTargetConfirmed: "" };
const memberFields = { roleAr: "", personName: "", officeFr: "", officeAr: "", organizationId: "", startedOn: "", endedOn: "" };

/** Every content mutation: run it as an actor (index i keeps inputs distinct), and read what it would change. */
const mutations: Array<{ name: string; run: (actor: Actor, i: number) => Promise<unknown>; snapshot: () => Promise<unknown> }> = [
  {
    name: "createSession",
    run: (actor, i) => sessions.createSession(actor, sessionCreateSchema.parse({ number: String(30 + i), heldOn: `2016-0${1 + i}-01`, ...sessionFields, status: "PLANNED" })),
    snapshot: () => prisma.committeeSession.count({ where: { bodyId: fixture.cigovId } }),
  },
  {
    name: "updateSession",
    run: async (actor, i) => sessions.updateSession(actor, fixture.sessionNumber, sessionUpdateSchema.parse({ loadedAt: await stamps.session(), heldOn: `2011-03-0${2 + i}`, ...sessionFields, summaryFr: `Résumé ${i}` })),
    snapshot: () => prisma.committeeSession.findFirst({ where: { number: fixture.sessionNumber }, select: { heldOn: true, summaryFr: true } }),
  },
  {
    name: "saveSessionAgenda",
    run: (actor, i) => saveSessionAgenda(actor, fixture.sessionNumber, [{ titleFr: `Point ${i}`, titleAr: null }]),
    snapshot: () => prisma.agendaItem.findMany({ where: { session: { number: fixture.sessionNumber } }, select: { position: true, titleFr: true } }),
  },
  {
    name: "createDecision",
    run: (actor, i) => decisions.createDecision(actor, fixture.sessionNumber, decisionCreateSchema.parse({ textFr: `Décision ${i}`, textAr: "", ownerOrganizationId: "", ownerLabelFr: "", ownerLabelAr: "", dueOn: "", status: "OPEN" })),
    snapshot: () => prisma.decision.count({ where: { session: { number: fixture.sessionNumber } } }),
  },
  {
    name: "updateDecision",
    run: async (actor, i) =>
      decisions.updateDecision(
        actor,
        fixture.sessionNumber,
        fixture.decisionId,
        decisionUpdateSchema.parse({ loadedAt: await stamps.decision(), textFr: "Décision initiale", textAr: "", ownerOrganizationId: "", ownerLabelFr: "DPGOV", ownerLabelAr: "", dueOn: `2012-01-0${1 + i}`, status: i % 2 ? "DONE" : "IN_PROGRESS" }),
      ),
    snapshot: () => prisma.decision.findUnique({ where: { id: fixture.decisionId }, select: { status: true, dueOn: true, ownerLabelFr: true } }),
  },
  {
    name: "createNews",
    run: async (actor, i) => createdNewsIds.push((await news.createNews(actor, newsCreateSchema.parse({ ...newsFields, titleFr: `Annonce ${RUN} ${i}`, publishedOn: "2013-05-02", isPublished: "" }))).id),
    snapshot: () => prisma.newsItem.count(),
  },
  {
    name: "updateNews",
    run: async (actor, i) => news.updateNews(actor, fixture.newsId, newsUpdateSchema.parse({ ...newsFields, loadedAt: await stamps.news(), titleFr: `Titre ${i}`, publishedOn: "2013-05-01" })),
    snapshot: () => prisma.newsItem.findUnique({ where: { id: fixture.newsId }, select: { titleFr: true } }),
  },
  {
    name: "setNewsPublished",
    run: async (actor) => news.setNewsPublished(actor, fixture.newsId, !(await prisma.newsItem.findUniqueOrThrow({ where: { id: fixture.newsId } })).isPublished),
    snapshot: () => prisma.newsItem.findUnique({ where: { id: fixture.newsId }, select: { isPublished: true } }),
  },
  {
    name: "updateIndicatorTarget",
    run: async (actor, i) => indicators.updateIndicatorTarget(actor, fixture.indicatorSlug, indicatorTargetSchema.parse({ loadedAt: await stamps.indicator(), targetValue: String(120 + i), targetOn: "2013-12-31" })),
    snapshot: () => prisma.indicator.findUnique({ where: { slug: fixture.indicatorSlug }, select: { targetValue: true } }).then((row) => row?.targetValue.toString()),
  },
  {
    name: "addIndicatorValue",
    run: (actor, i) => values.addIndicatorValue(actor, fixture.indicatorSlug, indicatorValueSchema.parse({ ...valueFields, observedOn: `2012-0${1 + i}-15`, value: String(10 + i) })),
    snapshot: () => prisma.indicatorValue.count({ where: { indicator: { slug: fixture.indicatorSlug } } }),
  },
  {
    name: "removeIndicatorValue",
    run: async (actor) => {
      const value = await prisma.indicatorValue.findFirst({ where: { indicator: { slug: fixture.indicatorSlug } }, orderBy: { id: "asc" } });
      return values.removeIndicatorValue(actor, fixture.indicatorSlug, value?.id ?? 0);
    },
    snapshot: () => prisma.indicatorValue.count({ where: { indicator: { slug: fixture.indicatorSlug } } }),
  },
  {
    name: "updateOrganization",
    run: async (actor, i) => organizations.updateOrganization(actor, fixture.organizationSlug, organizationSchema.parse({ loadedAt: await stamps.organization(), nameFr: `Organisation de test ${i}`, nameAr: "", acronym: `OT${i}`, websiteUrl: "https://www.exemple.ma" })),
    snapshot: () => prisma.organization.findUnique({ where: { slug: fixture.organizationSlug }, select: { nameFr: true, acronym: true } }),
  },
  {
    name: "createMember",
    run: (actor, i) => members.createMember(actor, "cigov", memberSchema.parse({ ...memberFields, roleFr: `Membre de test ${i}` })),
    snapshot: () => prisma.bodyMember.count({ where: { bodyId: fixture.cigovId } }),
  },
  {
    name: "updateMember",
    run: (actor, i) => members.updateMember(actor, "cigov", fixture.memberId, memberSchema.parse({ ...memberFields, roleFr: `Membre de test modifié ${i}` })),
    snapshot: () => prisma.bodyMember.findUnique({ where: { id: fixture.memberId }, select: { roleFr: true } }),
  },
  {
    name: "removeMember",
    run: async (actor) => {
      const member = await prisma.bodyMember.findFirst({ where: { bodyId: fixture.cigovId, roleFr: { startsWith: "Membre de test " }, id: { not: fixture.memberId } }, orderBy: { id: "asc" } });
      return members.removeMember(actor, "cigov", member?.id ?? 0);
    },
    snapshot: () => prisma.bodyMember.count({ where: { bodyId: fixture.cigovId } }),
  },
];

describe("who may edit content", () => {
  for (const mutation of mutations) {
    it(`${mutation.name}: refused for STAKEHOLDER, SPGOV_EDITOR and MODERATOR (audited, nothing written); done for DPGOV_EDITOR and ADMIN`, async () => {
      for (const [index, role] of REFUSED.entries()) {
        const before = await mutation.snapshot();
        const denied = await prisma.auditLog.count({ where: { actorUserId: actors[role].id, outcome: "DENIED" } });
        await expect(mutation.run(actors[role], index), role).rejects.toMatchObject({ code: "FORBIDDEN" });
        expect(await mutation.snapshot(), `${role} changed nothing`).toEqual(before);
        expect(await prisma.auditLog.count({ where: { actorUserId: actors[role].id, outcome: "DENIED" } }), `${role} refusal audited`).toBe(denied + 1);
      }
      for (const [index, role] of ALLOWED.entries()) {
        const before = await mutation.snapshot();
        const audited = await prisma.auditLog.count({ where: { actorUserId: actors[role].id, outcome: "SUCCESS" } });
        await mutation.run(actors[role], index);
        expect(await mutation.snapshot(), `${role} made the change`).not.toEqual(before);
        expect(await prisma.auditLog.count({ where: { actorUserId: actors[role].id, outcome: "SUCCESS" } }), `${role} change audited`).toBe(audited + 1);
      }
    });
  }

  it("the back office's reads refuse the same roles", async () => {
    for (const role of REFUSED) {
      await expect(sessions.findSessionForEdit(actors[role], 1)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(news.findStaffNews(actors[role])).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(indicators.findIndicatorForEdit(actors[role], fixture.indicatorSlug)).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(organizations.findStaffOrganizations(actors[role])).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(members.findBodyForEdit(actors[role], "cigov")).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect((await sessions.findSessionForEdit(actors.dpgov, 11)).number).toBe(11);
  });
});

describe("session dates are plausible", () => {
  const create = (number: number, heldOn: string, status = "HELD") => sessions.createSession(actors.dpgov, sessionCreateSchema.parse({ number: String(number), heldOn, ...sessionFields, status }));
  const issueOf = async (promise: Promise<unknown>) => {
    const error = await promise.then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(sessions.SessionDateError);
    return (error as InstanceType<typeof sessions.SessionDateError>).issue;
  };

  it("refuses the seed document's 22 February 2110 for the 1st session, and leaves it as it was", async () => {
    const before = await prisma.committeeSession.findFirstOrThrow({ where: { number: 1, bodyId: fixture.cigovId } });
    const input = sessionUpdateSchema.parse({ loadedAt: before.updatedAt.toISOString(), heldOn: "2110-02-22", ...sessionFields });
    const issue = await issueOf(sessions.updateSession(actors.dpgov, 1, input));
    // The programme runs 2009-2013: one year before and five after are plausible.
    expect(issue).toEqual({ key: "errors.sessionOutsidePeriod", window: { from: new Date("2008-01-01T00:00:00Z"), to: new Date("2018-12-31T00:00:00Z") } });
    expect((await prisma.committeeSession.findFirstOrThrow({ where: { number: 1, bodyId: fixture.cigovId } })).heldOn).toEqual(before.heldOn);
  });

  it("orders a new session between its recorded neighbours (1st on 22 Feb 2010, 7th in early March 2011 here)", async () => {
    expect(await issueOf(create(3, "2010-02-22"))).toMatchObject({ key: "errors.sessionNotAfterPrevious", neighbour: { number: 1 } });
    expect(await issueOf(create(3, "2011-03-10"))).toMatchObject({ key: "errors.sessionNotBeforeNext", neighbour: { number: 7 } });
    expect(await issueOf(create(9, "2013-06-07"))).toMatchObject({ key: "errors.sessionNotBeforeNext", neighbour: { number: 11 } });
    expect(await prisma.committeeSession.count({ where: { bodyId: fixture.cigovId, number: { in: [3, 9] } } })).toBe(0);
    await create(3, "2010-06-21");
    expect(await prisma.committeeSession.count({ where: { bodyId: fixture.cigovId, number: 3 } })).toBe(1);
  });

  it("moving a session past its neighbour is refused too, and a taken number says so", async () => {
    const loadedAt = await stamps.session();
    const issue = await issueOf(sessions.updateSession(actors.admin, fixture.sessionNumber, sessionUpdateSchema.parse({ loadedAt, heldOn: "2013-07-01", ...sessionFields })));
    expect(issue).toMatchObject({ key: "errors.sessionNotBeforeNext", neighbour: { number: 11 } });
    await expect(create(11, "2013-06-06")).rejects.toMatchObject({ code: "INVALID" });
    await expect(create(1, "2010-01-15")).rejects.toMatchObject({ message: "sessionNumberTaken" });
  });

  it("refuses a stale edit instead of overwriting it", async () => {
    const loadedAt = await stamps.session();
    await sessions.updateSession(actors.dpgov, fixture.sessionNumber, sessionUpdateSchema.parse({ loadedAt, heldOn: "2011-03-05", ...sessionFields, summaryFr: "Premier" }));
    const second = sessions.updateSession(actors.admin, fixture.sessionNumber, sessionUpdateSchema.parse({ loadedAt, heldOn: "2011-03-05", ...sessionFields, summaryFr: "Second" }));
    await expect(second).rejects.toBeInstanceOf(StaleEditError);
    expect((await prisma.committeeSession.findFirstOrThrow({ where: { number: fixture.sessionNumber } })).summaryFr).toBe("Premier");
  });
});

describe("agenda and decisions", () => {
  it("the agenda is replaced in the order given", async () => {
    await saveSessionAgenda(actors.dpgov, fixture.sessionNumber, [
      { titleFr: "Ouverture", titleAr: "الافتتاح" },
      { titleFr: "Bilan", titleAr: null },
    ]);
    const items = await prisma.agendaItem.findMany({ where: { session: { number: fixture.sessionNumber } }, orderBy: { position: "asc" }, select: { position: true, titleFr: true, titleAr: true } });
    expect(items).toEqual([
      { position: 1, titleFr: "Ouverture", titleAr: "الافتتاح" },
      { position: 2, titleFr: "Bilan", titleAr: null },
    ]);
  });

  it("a new decision shows on the public session page with its follow-up; a due date before the session is refused", async () => {
    const owner = await prisma.organization.findFirstOrThrow({ where: { slug: fixture.organizationSlug }, select: { id: true } });
    const input = (dueOn: string) => decisionCreateSchema.parse({ textFr: `Généraliser le service ${RUN}`, textAr: "", ownerOrganizationId: String(owner.id), ownerLabelFr: "", ownerLabelAr: "", dueOn, status: "IN_PROGRESS" });
    await expect(decisions.createDecision(actors.dpgov, fixture.sessionNumber, input("2011-01-01"))).rejects.toMatchObject({ message: "dueBeforeSession" });
    await decisions.createDecision(actors.dpgov, fixture.sessionNumber, input("2012-06-30"));
    const page = await findSessionByNumber(fixture.sessionNumber);
    const decision = page?.decisions.find((candidate) => candidate.textFr.endsWith(RUN));
    expect(decision).toMatchObject({ status: "IN_PROGRESS", dueOn: new Date("2012-06-30T00:00:00Z"), ownerOrganization: { slug: fixture.organizationSlug } });
    await expect(decisions.createDecision(actors.dpgov, fixture.sessionNumber, { ...input(""), ownerOrganizationId: 999_999 })).rejects.toMatchObject({ message: "organizationUnknown" });
  });
});

describe("news publication", () => {
  const onPublicList = async (slug: string) => (await findNewsPage(1, 500)).items.some((item) => item.slug === slug);

  it("a draft is not public; publishing shows it on the public news list, withdrawing hides it again", async () => {
    const today = day(todayAsDate());
    const created = await news.createNews(actors.dpgov, newsCreateSchema.parse({ ...newsFields, titleFr: `Lancement ${RUN}`, publishedOn: today, isPublished: "" }));
    createdNewsIds.push(created.id);
    expect(created.slug).toBe(`${today}-lancement-${RUN}`);
    expect(await onPublicList(created.slug)).toBe(false);
    await news.setNewsPublished(actors.dpgov, created.id, true);
    expect(await onPublicList(created.slug)).toBe(true);
    await news.setNewsPublished(actors.admin, created.id, false);
    expect(await onPublicList(created.slug)).toBe(false);
  });

  it("a press review needs its source; the link is kept on a new source row, projects are linked", async () => {
    const base = { ...newsFields, kind: "PRESS_REVIEW", titleFr: `Revue ${RUN}`, publishedOn: "2013-02-01", isPublished: "on" };
    expect(newsCreateSchema.safeParse(base).error?.issues[0]?.message).toBe("errors.pressReviewNeedsSource");
    const project = await prisma.project.findFirstOrThrow({ select: { slug: true } });
    const input = newsCreateSchema.parse({ ...base, sourceTitle: "Un article", sourcePublisher: "Un journal", sourceUrl: "https://journal.example.ma/article", projectSlugs: [project.slug] });
    const created = await news.createNews(actors.dpgov, input);
    createdNewsIds.push(created.id);
    const saved = await prisma.newsItem.findUniqueOrThrow({ where: { id: created.id }, select: { publishedAt: true, source: { select: { url: true, kind: true } }, projects: { select: { project: { select: { slug: true } } } } } });
    expect(saved).toEqual({ publishedAt: new Date("2013-02-01T12:00:00Z"), source: { url: "https://journal.example.ma/article", kind: "PRESS" }, projects: [{ project: { slug: project.slug } }] });
    expect(await onPublicList(created.slug)).toBe(true);
    expect(newsCreateSchema.safeParse({ ...base, sourceTitle: "x", sourceUrl: "javascript:alert(1)" }).error?.issues[0]?.message).toBe("errors.urlInvalid");
  });
});

describe("indicator values", () => {
  const add = (value: string, observedOn: string, extra: Record<string, string> = {}) => values.addIndicatorValue(actors.dpgov, fixture.indicatorSlug, indicatorValueSchema.parse({ ...valueFields, value, observedOn, ...extra }));

  it("refuses a negative value, asks to confirm one above the target, refuses a second value on one date", async () => {
    const target = Number((await prisma.indicator.findUniqueOrThrow({ where: { slug: fixture.indicatorSlug } })).targetValue.toString());
    await expect(add("-1", "2013-01-10")).rejects.toMatchObject({ field: "value", message: "errors.valueNegative" });
    await expect(add(String(target + 1), "2013-01-10")).rejects.toMatchObject({ field: "value", message: "errors.valueAboveTarget" });
    await add(String(target + 1), "2013-01-10", { isAboveTargetConfirmed: "on" });
    await expect(add("50", "2013-01-10")).rejects.toMatchObject({ field: "observedOn", message: "valueDateTaken" });
    const tomorrow = new Date(todayAsDate().getTime() + 86_400_000);
    await expect(add("50", day(tomorrow))).rejects.toMatchObject({ field: "observedOn", message: "errors.observedInFuture" });
  });

  it("a target must stay above zero", async () => {
    const loadedAt = await stamps.indicator();
    await expect(indicators.updateIndicatorTarget(actors.dpgov, fixture.indicatorSlug, indicatorTargetSchema.parse({ loadedAt, targetValue: "0", targetOn: "2013-12-31" }))).rejects.toMatchObject({ message: "errors.targetNotPositive" });
  });
});

describe("organisations", () => {
  it("refuses a stale edit instead of overwriting it", async () => {
    const loadedAt = await stamps.organization();
    const input = (nameFr: string) => organizationSchema.parse({ loadedAt, nameFr, nameAr: "", acronym: "", websiteUrl: "" });
    await organizations.updateOrganization(actors.dpgov, fixture.organizationSlug, input("Premier nom"));
    await expect(organizations.updateOrganization(actors.admin, fixture.organizationSlug, input("Second nom"))).rejects.toBeInstanceOf(StaleEditError);
    expect((await prisma.organization.findUniqueOrThrow({ where: { slug: fixture.organizationSlug } })).nameFr).toBe("Premier nom");
  });

  it("members can only be edited in CIGOV, SPGOV and DPGOV", async () => {
    await expect(members.createMember(actors.dpgov, "comite-ministres-gouvernance-transitoire", memberSchema.parse({ ...memberFields, roleFr: "Membre de test refusé" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
