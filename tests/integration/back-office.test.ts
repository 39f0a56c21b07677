// Sign-in, accounts and project editing, through the data layer against the seeded
// PostgreSQL (only the "server-only" guard is stubbed: these modules run outside Next here).
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";

vi.mock("server-only", () => ({}));
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "integration-test-secret-integration-test-secret";

const { createPrisma } = await import("../../scripts/lib/prisma-script");
const { hashPassword } = await import("../../lib/auth/password");
const { authenticate, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS } = await import("../../lib/auth/authenticate");
const { inviteAccount, setPasswordWithToken, updateAccount, changeOwnPassword } = await import("../../lib/data/accounts");
const { updateProject, findProjectForEdit, ProjectConflictError } = await import("../../lib/data/project-edit");
const { findAuditEntries } = await import("../../lib/data/audit");
const { projectEditSchema } = await import("../../lib/validation/project-edit");
const { AppError } = await import("../../lib/errors");
type Actor = import("../../lib/auth/permissions").Actor;
type Role = import("../../lib/generated/prisma/enums").Role;

const prisma = createPrisma(inject("databaseUrl"));
const PASSWORD = "a long enough passphrase for tests";
const actors = {} as Record<"admin" | "dpgov" | "spgovInterior" | "spgovOther" | "moderator" | "stakeholder", Actor & { email: string }>;

async function makeUser(role: Role, organizationSlug: string | null): Promise<Actor & { email: string }> {
  const organization = organizationSlug ? await prisma.organization.findUniqueOrThrow({ where: { slug: organizationSlug }, select: { id: true } }) : null;
  const email = `${role.toLowerCase()}-${randomUUID()}@test.local`;
  const user = await prisma.user.create({ data: { email, name: `Test ${role}`, role, organizationId: organization?.id ?? null, passwordHash: await hashPassword(PASSWORD) } });
  return { id: user.id, email, name: user.name, role, organizationId: user.organizationId };
}

// A project of the Ministry of the Interior (the SPGOV editor's own) and one of another organisation.
let ownSlug = "";
let otherSlug = "";

beforeAll(async () => {
  const interior = await prisma.organization.findFirstOrThrow({ where: { projects: { some: {} }, nameFr: { contains: "Intérieur" } }, select: { slug: true, id: true } });
  const other = await prisma.organization.findFirstOrThrow({ where: { projects: { some: {} }, id: { not: interior.id } }, select: { slug: true } });
  actors.admin = await makeUser("ADMIN", null);
  actors.dpgov = await makeUser("DPGOV_EDITOR", null);
  actors.spgovInterior = await makeUser("SPGOV_EDITOR", interior.slug);
  actors.spgovOther = await makeUser("SPGOV_EDITOR", other.slug);
  actors.moderator = await makeUser("MODERATOR", null);
  actors.stakeholder = await makeUser("STAKEHOLDER", null);
  ownSlug = (await prisma.project.findFirstOrThrow({ where: { ownerOrganizationId: interior.id }, orderBy: { id: "asc" }, select: { slug: true } })).slug;
  otherSlug = (await prisma.project.findFirstOrThrow({ where: { ownerOrganizationId: { not: interior.id } }, orderBy: { id: "asc" }, select: { slug: true } })).slug;
});

afterAll(async () => {
  await prisma.$disconnect();
});

async function editInput(slug: string, overrides: Record<string, unknown> = {}) {
  const project = await prisma.project.findUniqueOrThrow({ where: { slug } });
  const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : "");
  return projectEditSchema.parse({
    version: String(project.version),
    status: project.status === "OPERATIONAL" ? "OPERATIONAL" : "IN_PROGRESS",
    progress: String(project.status === "OPERATIONAL" ? 100 : Math.min(99, project.progress + 1)),
    plannedStartOn: day(project.plannedStartOn),
    plannedEndOn: day(project.plannedEndOn),
    actualStartOn: day(project.actualStartOn),
    actualEndOn: day(project.actualEndOn),
    reason: "Point d'avancement mensuel",
    approvedBySession: "",
    milestones: [],
    ...overrides,
  });
}

describe("sign-in", () => {
  it("accepts the right password and gives the same answer for a wrong password and an unknown email", async () => {
    const network = randomUUID();
    const ok = await authenticate({ email: ` ${actors.dpgov.email.toUpperCase()} `, password: PASSWORD, networkKey: network });
    expect(ok.ok && ok.claims.uid).toBe(actors.dpgov.id);
    const wrong = await authenticate({ email: actors.dpgov.email, password: "not the password at all", networkKey: network });
    const unknown = await authenticate({ email: "nobody-here@test.local", password: "not the password at all", networkKey: network });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("after 10 failures the account is refused from that address only; the owner elsewhere still signs in", async () => {
    const attacker = `attacker-${randomUUID()}`;
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS; i++) {
      expect(await authenticate({ email: actors.moderator.email, password: `guess number ${i} wrong`, networkKey: attacker })).toEqual({ ok: false, reason: "invalid" });
    }
    // Even the right password is refused from the attacker's address now.
    expect(await authenticate({ email: actors.moderator.email, password: PASSWORD, networkKey: attacker })).toEqual({ ok: false, reason: "throttled" });
    const owner = await authenticate({ email: actors.moderator.email, password: PASSWORD, networkKey: `owner-${randomUUID()}` });
    expect(owner.ok).toBe(true);
    const denied = await prisma.auditLog.count({ where: { actorUserId: actors.moderator.id, action: "auth.sign-in", outcome: "DENIED" } });
    const failed = await prisma.auditLog.count({ where: { actorUserId: actors.moderator.id, action: "auth.sign-in", outcome: "FAILURE" } });
    expect([denied, failed]).toEqual([1, MAX_FAILURES_PER_ACCOUNT_AND_ADDRESS]);
  });

  it("refuses a disabled account with the same answer as a wrong password", async () => {
    const user = await makeUser("STAKEHOLDER", null);
    await updateAccount(actors.admin, user.id, { name: user.name, role: "STAKEHOLDER", organizationId: null, isDisabled: true });
    expect(await authenticate({ email: user.email, password: PASSWORD, networkKey: randomUUID() })).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("audit log", () => {
  it("is append-only in the database itself", async () => {
    const entry = await prisma.auditLog.findFirstOrThrow({ select: { id: true } });
    await expect(prisma.$executeRaw`UPDATE "AuditLog" SET "action" = 'rewritten' WHERE "id" = ${entry.id}`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRaw`DELETE FROM "AuditLog" WHERE "id" = ${entry.id}`).rejects.toThrow(/append-only/);
    await expect(prisma.$executeRawUnsafe(`TRUNCATE "AuditLog"`)).rejects.toThrow(/append-only/);
  });

  it("is readable by administrators only, with filters", async () => {
    const page = await findAuditEntries(actors.admin, { action: "auth.sign-in", outcome: "DENIED", page: 1 });
    expect(page.total).toBeGreaterThan(0);
    expect(page.entries.every((entry) => entry.action === "auth.sign-in" && entry.outcome === "DENIED")).toBe(true);
    await expect(findAuditEntries(actors.dpgov, { page: 1 })).rejects.toThrow(AppError);
  });
});

describe("accounts", () => {
  it("an administrator invites; the one-time link works once, even when used twice at the same moment", async () => {
    const email = `invited-${randomUUID()}@test.local`;
    const { userId, token } = await inviteAccount(actors.admin, { email, name: "Invitée", role: "STAKEHOLDER", organizationId: null });
    const results = await Promise.allSettled([setPasswordWithToken(token, "première phrase de passe"), setPasswordWithToken(token, "seconde phrase de passe")]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await authenticate({ email, password: "première phrase de passe", networkKey: randomUUID() })).ok || (await authenticate({ email, password: "seconde phrase de passe", networkKey: randomUUID() })).ok).toBe(true);
    expect(await prisma.user.count({ where: { id: userId } })).toBe(1);
  });

  it("only administrators manage accounts, and nothing is written for the others", async () => {
    const before = await prisma.user.count();
    for (const actor of [actors.dpgov, actors.spgovInterior, actors.moderator, actors.stakeholder]) {
      await expect(inviteAccount(actor, { email: `x-${randomUUID()}@test.local`, name: "X", role: "ADMIN", organizationId: null })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(updateAccount(actor, actor.id, { name: "Me", role: "ADMIN", organizationId: null, isDisabled: false })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    expect(await prisma.user.count()).toBe(before);
    expect((await prisma.user.findUniqueOrThrow({ where: { id: actors.stakeholder.id } })).role).toBe("STAKEHOLDER");
  });

  it("disabling or changing rights ends sessions (the session version moves); an admin cannot demote themselves", async () => {
    const user = await makeUser("DPGOV_EDITOR", null);
    await updateAccount(actors.admin, user.id, { name: user.name, role: "MODERATOR", organizationId: null, isDisabled: false });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(2);
    await expect(updateAccount(actors.admin, actors.admin.id, { name: "Admin", role: "DPGOV_EDITOR", organizationId: null, isDisabled: false })).rejects.toMatchObject({ code: "INVALID" });
    await expect(updateAccount(actors.admin, user.id, { name: user.name, role: "SPGOV_EDITOR", organizationId: null, isDisabled: false })).rejects.toMatchObject({ message: "organizationRequired" });
  });

  it("changing one's password needs the current one and ends the other sessions", async () => {
    const user = await makeUser("MODERATOR", null);
    await expect(changeOwnPassword(user, "not my password!!", "une toute nouvelle phrase")).rejects.toMatchObject({ code: "INVALID" });
    expect((await changeOwnPassword(user, PASSWORD, "une toute nouvelle phrase")).sessionVersion).toBe(2);
  });
});

describe("project editing", () => {
  it("an SPGOV editor updates their own organisation's project; the change joins the public history with its reason", async () => {
    const input = await editInput(ownSlug);
    const result = await updateProject(actors.spgovInterior, ownSlug, input, "fr");
    expect(result.version).toBe(input.version + 1);
    const change = await prisma.projectChange.findFirstOrThrow({ where: { project: { slug: ownSlug }, field: "PROGRESS" }, orderBy: { id: "desc" } });
    expect(change).toMatchObject({ toValue: String(input.progress), reason: "Point d'avancement mensuel", reasonLang: "fr", actorUserId: actors.spgovInterior.id, actorRole: "SPGOV_EDITOR" });
  });

  it("refuses every other role and organisation, and leaves the project unchanged", async () => {
    for (const [actor, slug] of [
      [actors.spgovOther, ownSlug],
      [actors.spgovInterior, otherSlug],
      [actors.moderator, ownSlug],
      [actors.stakeholder, ownSlug],
    ] as const) {
      const before = await prisma.project.findUniqueOrThrow({ where: { slug } });
      await expect(updateProject(actor, slug, await editInput(slug), "fr")).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(findProjectForEdit(actor, slug)).rejects.toMatchObject({ code: "FORBIDDEN" });
      expect(await prisma.project.findUniqueOrThrow({ where: { slug } })).toEqual(before);
    }
  });

  it("two editors saving the same version: exactly one save, and the other gets a conflict with the saved values", async () => {
    const input = await editInput(otherSlug);
    const results = await Promise.allSettled([
      updateProject(actors.dpgov, otherSlug, { ...input, progress: 40, status: "IN_PROGRESS" }, "fr"),
      updateProject(actors.admin, otherSlug, { ...input, progress: 60, status: "IN_PROGRESS" }, "ar"),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((result) => result.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(ProjectConflictError);
    const saved = await prisma.project.findUniqueOrThrow({ where: { slug: otherSlug } });
    expect(saved.version).toBe(input.version + 1);
    expect((rejected.reason as InstanceType<typeof ProjectConflictError>).current.progress).toBe(saved.progress);
  });

  it("freezes the baseline: a re-plan moves the planned end, records the approving session, keeps the baseline", async () => {
    const before = await prisma.project.findUniqueOrThrow({ where: { slug: otherSlug } });
    const session = await prisma.committeeSession.findFirstOrThrow({ where: { body: { kind: "CIGOV" } }, select: { number: true, id: true } });
    await updateProject(actors.dpgov, otherSlug, await editInput(otherSlug, { plannedEndOn: "2015-06-30", approvedBySession: String(session.number), reason: "Replanifié en comité" }), "fr");
    const after = await prisma.project.findUniqueOrThrow({ where: { slug: otherSlug } });
    expect(after.plannedEndOn?.toISOString().slice(0, 10)).toBe("2015-06-30");
    expect(after.baselineEndOn).toEqual(before.baselineEndOn ?? new Date("2015-06-30T00:00:00Z"));
    const change = await prisma.projectChange.findFirstOrThrow({ where: { projectId: after.id, field: "PLANNED_END" }, orderBy: { id: "desc" } });
    expect(change.approvedBySessionId).toBe(session.id);
  });

  it("refuses a milestone of another project and an edit that changes nothing", async () => {
    const foreign = await prisma.milestone.findFirst({ where: { project: { slug: { not: otherSlug } } }, select: { id: true } });
    if (foreign) await expect(updateProject(actors.dpgov, otherSlug, await editInput(otherSlug, { milestones: [{ id: foreign.id, plannedOn: "", actualOn: "" }] }), "fr")).rejects.toMatchObject({ message: "milestoneUnknown" });
    const project = await prisma.project.findUniqueOrThrow({ where: { slug: otherSlug } });
    await expect(updateProject(actors.dpgov, otherSlug, await editInput(otherSlug, { status: project.status, progress: String(project.progress) }), "fr")).rejects.toMatchObject({ message: "noChange" });
  });
});
