// Seeds the programme's reference data. Safe to call on every start: when the programme
// is already there it does nothing, so nothing users entered is ever touched; otherwise it
// inserts everything in one transaction, so a failure leaves the database as it was.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { SeedContext } from "./context";
import { seedDiscussion } from "./discussion";
import { seedGovernance } from "./governance";
import { seedIndicators } from "./indicators";
import { seedNews } from "./news";
import { seedOrganizations } from "./organizations";
import { PROGRAMME_SLUG, seedProgramme } from "./programme";
import { seedProjects } from "./projects";
import { seedSessions } from "./sessions";
import { seedSources } from "./sources";
import { seedSurveys } from "./surveys";

export { PROGRAMME_SLUG } from "./programme";

// Arbitrary constant shared by every process that seeds: two app instances starting at
// once queue on it instead of racing to insert the same rows.
const SEED_LOCK_KEY = 7_152_010;

export async function seedDatabase(
  prisma: PrismaClient,
  log: (message: string) => void = () => {},
): Promise<{ seeded: boolean }> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK_KEY})`;
      const existing = await tx.programme.findUnique({ where: { slug: PROGRAMME_SLUG }, select: { id: true } });
      if (existing) {
        log("seed: programme already present, nothing to do");
        return { seeded: false };
      }
      const ctx: SeedContext = {
        programmeId: 0,
        sources: {},
        organizations: {},
        axes: {},
        bodies: {},
        projects: {},
        sessions: {},
        seededAt: new Date(),
      };
      const steps: [string, (c: SeedContext) => Promise<void>][] = [
        ["sources", (c) => seedSources(tx, c)],
        ["programme", (c) => seedProgramme(tx, c)],
        ["organizations", (c) => seedOrganizations(tx, c)],
        ["governance", (c) => seedGovernance(tx, c)],
        ["projects", (c) => seedProjects(tx, c)],
        ["sessions", (c) => seedSessions(tx, c)],
        ["indicators", (c) => seedIndicators(tx, c)],
        ["news", (c) => seedNews(tx, c)],
        ["surveys", (c) => seedSurveys(tx, c)],
        ["discussion", (c) => seedDiscussion(tx, c)],
      ];
      for (const [name, step] of steps) {
        await step(ctx);
        log(`seed: ${name}`);
      }
      return { seeded: true };
    },
    // Around a hundred small inserts: far below this, which only guards against a hung lock.
    { timeout: 120_000, maxWait: 120_000 },
  );
}
