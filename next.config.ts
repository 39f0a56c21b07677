import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The pg driver and the Prisma adapter are Node libraries; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
  // `npm test` typechecks the whole project first (`npm run typecheck`); doing it again in
  // every build would only slow down `npm start` on a fresh machine.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
