import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  // Separate build folders let an e2e run build while `npm start` serves (scripts/lib/build.ts).
  distDir: process.env.EGOV_DIST_DIR ?? ".next",
  poweredByHeader: false,
  // server.mjs compresses: it must see a page's HTML before compression to shape it.
  compress: false,
  // Cached pages live in PostgreSQL, shared by every instance (docs/decisions.md, "Caching");
  // Next's own per-process memory copy is off, so no instance serves a page another expired.
  cacheHandler: fileURLToPath(new URL("./lib/cache/pg-cache-handler.mjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // The pg driver and the Prisma adapter are Node libraries; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // `npm test` typechecks the whole project first (`npm run typecheck`); doing it again in
  // every build would only slow down `npm start` on a fresh machine.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Stricter page/route types; also stops Next from adding each build folder to tsconfig.json.
    strictRouteTypes: true,
  },
};

export default withNextIntl(nextConfig);
