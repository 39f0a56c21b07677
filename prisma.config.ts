import { defineConfig } from "prisma/config";

// The datasource URL is only needed by Prisma's own migrate/db commands, which cannot
// run here (no schema engine download); our runner in scripts/ applies migrations.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/egov" },
});
