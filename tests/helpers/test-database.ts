// A throwaway embedded PostgreSQL for one test run: its own temporary directory,
// never the .data/ database of `npm start`.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../scripts/lib/embedded-db";

export async function startTestDatabase(): Promise<EmbeddedDatabase & { cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "egov-test-db-"));
  const db = await startEmbeddedDatabase({ dataDir: dir, database: "egov_test" });
  return {
    ...db,
    cleanup: async () => {
      await db.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
