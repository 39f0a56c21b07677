// `npm run audit:prod` (also the first stage of `npm test`, hence of CI): fails on known high or
// critical vulnerabilities in production dependencies; when the audit service cannot be
// reached (offline machine, a registry mirror without the advisory endpoint) it says so and passes.
import { spawnSync } from "node:child_process";
import { evaluateAudit } from "./lib/audit-report";
import { projectRoot } from "./lib/paths";

const run = spawnSync(
  "npm",
  // Bounded: a network that swallows requests must not hold CI for npm's default retries.
  ["audit", "--omit=dev", "--audit-level=high", "--json", "--fetch-timeout=20000", "--fetch-retries=1"],
  { cwd: projectRoot, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 },
);
const verdict = evaluateAudit(run.stdout ?? "", run.status);
if (verdict.status === "vulnerable") {
  console.error(`[audit] FAILED: ${verdict.message}`);
  for (const finding of verdict.findings) console.error(`[audit]   ${finding}`);
  process.exit(1);
}
console.log(`[audit] ${verdict.message}`);
