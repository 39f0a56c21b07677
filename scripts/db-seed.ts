// `npm run db:seed`: migrates and seeds the database in DATABASE_URL, or the embedded one
// in .data/ (the same one `npm start` uses) when DATABASE_URL is unset. Seeding an
// already seeded database changes nothing.
import path from "node:path";
import { seedDatabase } from "../prisma/seed";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { projectRoot } from "./lib/paths";
import { withPrisma } from "./lib/prisma-script";

async function main(): Promise<void> {
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.DATABASE_URL;
  if (!url) {
    embedded = await startEmbeddedDatabase({ dataDir: path.join(projectRoot, ".data"), database: "egov" });
    url = embedded.url;
  }
  try {
    const { applied } = await applyMigrations(url, (m) => console.log(m));
    if (applied.length > 0) console.log(`applied ${applied.length} migration(s)`);
    const { seeded } = await withPrisma(url, (prisma) => seedDatabase(prisma));
    console.log(seeded ? "seeded" : "already seeded: nothing changed");
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`db:seed failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
