// Specs that change the database directly (fixtures, clean-up) bypass the app's cache
// invalidation: this expires every cached public page the way an edit does.
import type { PrismaClient } from "../../lib/generated/prisma/client";

/** The tag every page under the locale layout carries (see lib/cache/invalidate.ts). */
const ALL_PAGES_TAG = "_N_T_/[locale]/layout";

export async function expireCachedPages(prisma: PrismaClient): Promise<void> {
  await prisma.$executeRaw`INSERT INTO "NextCacheTag" ("tag", "expiredAt") VALUES (${ALL_PAGES_TAG}, ${Date.now() + 1})
    ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt"`;
  // Each instance keeps what it read for up to a second (CACHE_LOCAL_TTL_MS), and server.mjs
  // keeps a page it sent for up to another second (PAGE_MICROCACHE_MS).
  await new Promise((resolve) => setTimeout(resolve, 2_100));
}
