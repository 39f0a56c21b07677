// Migration 20261123080000_survey_days_on_portal_clock on the real database: survey days
// stored as UTC midnights move to midnight in Casablanca; instants stay.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, expect, inject, it } from "vitest";
import { createPrisma } from "../../scripts/lib/prisma-script";
import { createSeededDatabase } from "../helpers/own-database";

// Its own database: the migration's UPDATE runs again here, over every survey it holds.
const database = await createSeededDatabase(inject("databaseUrl"), "migration_days");
const prisma = createPrisma(database.url);
const SLUG = `migration-days-${Date.now()}`;

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

it("moves typed days to the portal's midnight and leaves instants as they were", async () => {
  const base = { kind: "SITE_FEEDBACK" as const, titleFr: "Migration", descriptionFr: "Migration" };
  await prisma.survey.create({ data: { ...base, slug: `${SLUG}-days`, opensAt: new Date("2026-11-02T00:00:00Z"), closesAt: new Date("2026-12-01T00:00:00Z") } });
  await prisma.survey.create({ data: { ...base, slug: `${SLUG}-ramadan`, opensAt: new Date("2026-03-01T00:00:00Z"), closesAt: null } });
  await prisma.survey.create({ data: { ...base, slug: `${SLUG}-instants`, opensAt: new Date("2026-11-02T09:15:00.123Z"), closesAt: new Date("2026-11-20T16:40:00Z") } });
  const sql = await readFile(path.join(import.meta.dirname, "../../prisma/migrations/20261123080000_survey_days_on_portal_clock/migration.sql"), "utf8");
  await prisma.$executeRawUnsafe(sql);
  const after = Object.fromEntries((await prisma.survey.findMany({ where: { slug: { startsWith: SLUG } }, select: { slug: true, opensAt: true, closesAt: true, version: true } })).map((s) => [s.slug.slice(SLUG.length + 1), s]));
  // Casablanca is UTC+1 in November: its midnight is 23:00 UTC the day before.
  expect(after.days).toMatchObject({ opensAt: new Date("2026-11-01T23:00:00Z"), closesAt: new Date("2026-11-30T23:00:00Z"), version: 2 });
  // During Ramadan 2026 it is UTC+0.
  expect(after.ramadan).toMatchObject({ opensAt: new Date("2026-03-01T00:00:00Z"), closesAt: null });
  expect(after.instants).toMatchObject({ opensAt: new Date("2026-11-02T09:15:00.123Z"), closesAt: new Date("2026-11-20T16:40:00Z"), version: 1 });
});
