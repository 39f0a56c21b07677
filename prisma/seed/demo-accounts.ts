// Demo accounts, one per role, for the embedded demo mode only (the start script calls
// this; a real deployment never does). Passwords are random per install and stored only
// as argon2id hashes; a known password that still verifies is kept, so a restart does not
// hand out new passwords every time.
import { randomBytes } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { Role } from "../../lib/generated/prisma/enums";
import { hashPassword, verifyPassword } from "../../lib/auth/password";
import { ORG } from "./organizations";

export type DemoAccount = { email: string; password: string; role: Role; organization: string | null };

type DemoSpec = { email: string; name: string; role: Role; organization: string | null };

const DEMO_SPECS: DemoSpec[] = [
  { email: "admin@demo.egov.local", name: "Démo — administration", role: Role.ADMIN, organization: ORG.dpgov },
  { email: "dpgov@demo.egov.local", name: "Démo — DPGOV", role: Role.DPGOV_EDITOR, organization: ORG.dpgov },
  // Bound to a ministry that owns several projects, so "only your own projects" shows.
  { email: "spgov@demo.egov.local", name: "Démo — SPGOV Intérieur", role: Role.SPGOV_EDITOR, organization: ORG.interior },
  { email: "moderateur@demo.egov.local", name: "Démo — modération", role: Role.MODERATOR, organization: null },
  { email: "partie-prenante@demo.egov.local", name: "Démo — partie prenante", role: Role.STAKEHOLDER, organization: null },
];

/** 24 characters of base64url: 144 bits from the system's CSPRNG. */
function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}

async function stillValid(passwordHash: string | null, password: string | undefined): Promise<boolean> {
  return Boolean(passwordHash && password && (await verifyPassword(passwordHash, password)));
}

export async function ensureDemoAccounts(prisma: PrismaClient, known: DemoAccount[]): Promise<DemoAccount[]> {
  const result: DemoAccount[] = [];
  for (const spec of DEMO_SPECS) {
    const organization = spec.organization
      ? await prisma.organization.findUnique({ where: { slug: spec.organization }, select: { id: true } })
      : null;
    if (spec.organization && !organization) {
      throw new Error(`demo accounts: organization "${spec.organization}" is missing; seed the database first`);
    }
    const existing = await prisma.user.findUnique({
      where: { email: spec.email },
      select: { passwordHash: true },
    });
    const knownPassword = known.find((k) => k.email === spec.email)?.password;
    if (existing && knownPassword && (await stillValid(existing.passwordHash, knownPassword))) {
      result.push({ email: spec.email, password: knownPassword, role: spec.role, organization: spec.organization });
      continue;
    }

    const password = generatePassword();
    const passwordHash = await hashPassword(password);
    const now = new Date();
    const profile = { name: spec.name, role: spec.role, organizationId: organization?.id ?? null };
    await prisma.user.upsert({
      where: { email: spec.email },
      create: { email: spec.email, ...profile, passwordHash, passwordChangedAt: now },
      // A reset also re-enables the account and ends its open sessions.
      update: { ...profile, passwordHash, passwordChangedAt: now, disabledAt: null, sessionVersion: { increment: 1 } },
    });
    result.push({ email: spec.email, password, role: spec.role, organization: spec.organization });
  }
  return result;
}
