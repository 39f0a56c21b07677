import { defineConfig, devices } from "@playwright/test";
import { chromiumExecutable } from "./tests/helpers/chromium";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 30_000,
  // JSON only when scripts/test-all.ts asks for it (it reads the counts from that file).
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [["list"], ["json"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "off",
    launchOptions: {
      executablePath: chromiumExecutable(),
      // Without the networking flags Chromium floods this closed network with requests.
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined } }],
  // The production build on a throwaway embedded database, started like `npm start`.
  webServer: {
    command: `node --import tsx scripts/e2e-server.ts`,
    url: `http://localhost:${port}/api/health`,
    // One JSON line per request would drown the test report; tests/e2e/logs.spec.ts reads its own instance's full logs.
    env: { PORT: String(port), LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" },
    timeout: 600_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "pipe",
    stderr: "pipe",
  },
});
