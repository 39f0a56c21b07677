// DATABASE_REPLICA_URL: the public reads rendered per request go to the replica, everything
// else to the primary. A second database, migrated and seeded like the run's, stands in for
// the replica (a streaming replica is an operator's set-up, not the app's); one project's
// title differs there, so each answer says which database it came from.
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { withPrisma } from "../../scripts/lib/prisma-script";
import { createSeededDatabase } from "../helpers/own-database";

vi.mock("server-only", () => ({}));
const primaryUrl = inject("databaseUrl");
const replicaDatabase = await createSeededDatabase(primaryUrl, "replica");
const { slug } = await withPrisma(primaryUrl, (client) => client.project.findFirstOrThrow({ orderBy: { id: "asc" }, select: { slug: true } }));
await withPrisma(replicaDatabase.url, (client) => client.project.update({ where: { slug }, data: { titleFr: "Titre lu sur le réplica" } }));

process.env.DATABASE_URL = primaryUrl;
process.env.DATABASE_REPLICA_URL = replicaDatabase.url;
const { findProjects } = await import("../../lib/data/projects");
const { parseRoadmapFilters } = await import("../../lib/validation/roadmap");
const { db, readReplicaDb } = await import("../../lib/db");
const { forgetBriefResults } = await import("../../lib/cache/brief-results");

afterAll(async () => {
  await readReplicaDb.$disconnect();
  await replicaDatabase.drop();
});

describe("reads from a replica", () => {
  const { filters } = parseRoadmapFilters({ perPage: "100" });
  const titleOf = (page: Awaited<ReturnType<typeof findProjects>>) => page.items.find((item) => item.slug === slug)?.titleFr;

  it("sends per-request public reads to DATABASE_REPLICA_URL", async () => {
    expect(titleOf(await findProjects(filters, "fr", new Date(), "replica"))).toBe("Titre lu sur le réplica");
  });

  it("keeps every other read, and the default, on the primary", async () => {
    const primaryTitle = titleOf(await findProjects(filters, "fr", new Date()));
    expect(primaryTitle).toBeTruthy();
    expect(primaryTitle).not.toBe("Titre lu sur le réplica");
    expect(titleOf(await findProjects(filters, "fr", new Date(), "primary"))).toBe(primaryTitle);
    expect((await db.project.findUniqueOrThrow({ where: { slug }, select: { titleFr: true } })).titleFr).toBe(primaryTitle);
  });

  it("uses two pools, one per database", async () => {
    const [primary] = await db.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    const [replica] = await readReplicaDb.$queryRaw<{ name: string }[]>`SELECT current_database() AS name`;
    expect(primary!.name).toBe(new URL(primaryUrl).pathname.slice(1));
    expect(replica!.name).toBe(replicaDatabase.name);
  });

  it("reads the primary for a moment after an edit made here, which the replica may not have yet", async () => {
    forgetBriefResults(); // what every edit's invalidation calls
    expect(titleOf(await findProjects(filters, "fr", new Date(), "replica"))).not.toBe("Titre lu sur le réplica");
  });
});
