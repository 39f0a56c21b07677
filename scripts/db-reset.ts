// `npm run db:reset`: empties the embedded .data/ database and loads the programme's data again.
// Refuses to touch a configured DATABASE_URL: dropping a real database must be deliberate.
import path from "node:path";
import pg from "pg";
import { seedDatabase } from "../prisma/seed";
import { startEmbeddedDatabase } from "./lib/embedded-db";
import { applyMigrations } from "./lib/migrate";
import { projectRoot } from "./lib/paths";
import { withPrisma } from "./lib/prisma-script";

if (process.env.DATABASE_URL) {
  console.error("db:reset only resets the embedded database; unset DATABASE_URL (it will not drop a configured database)");
  process.exit(1);
}

const dataDir = path.resolve(process.env.EGOV_DATA_DIR ?? path.join(projectRoot, ".data"));
const database = await startEmbeddedDatabase({ dataDir, database: "egov" });
try {
  const admin = new pg.Client({ connectionString: database.url.replace(/\/egov$/, "/postgres") });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS "egov" WITH (FORCE)');
  await admin.query(`CREATE DATABASE "egov" ENCODING 'UTF8' TEMPLATE template0`);
  await admin.end();
  await applyMigrations(database.url, (m) => console.log(m));
  await withPrisma(database.url, (prisma) => seedDatabase(prisma, (m) => console.log(m)));
  console.log("db:reset: the embedded database was emptied and seeded again (demo accounts are recreated at the next start)");
} catch (error) {
  console.error(`db:reset: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await database.stop();
}
