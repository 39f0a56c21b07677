import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: not the API, Next internals or files with an extension (feeds, sitemap, assets).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
