import { existsSync } from "node:fs";

/** The browser for e2e tests: CHROMIUM_PATH, else Debian's /usr/bin/chromium; a clear error otherwise. */
export function chromiumExecutable(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error("No Chromium found: install it (`apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium binary.");
  }
  return found;
}
