// Vitest global setup for tests/integration: a fresh embedded PostgreSQL per run,
// migrated with our runner and seeded with the programme's data.
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../scripts/lib/migrate";
import { startTestDatabase } from "./test-database";
import { withPrisma } from "../../scripts/lib/prisma-script";
import { seedDatabase } from "../../prisma/seed";

export default async function setup(project: TestProject) {
  const db = await startTestDatabase();
  await applyMigrations(db.url);
  await withPrisma(db.url, (prisma) => seedDatabase(prisma));
  process.env.DATABASE_URL = db.url;
  project.provide("databaseUrl", db.url);
  return async () => {
    await db.cleanup();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
