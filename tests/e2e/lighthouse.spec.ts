// Lighthouse on the home, roadmap and a project page in both languages, against the
// production build: accessibility, SEO and best practices at 100, performance at 95+.
import { expect, test } from "@playwright/test";
import { auditPages, belowThreshold } from "../../scripts/lighthouse";

test("home, roadmap and a project page reach the Lighthouse thresholds in French and Arabic", async ({ baseURL }) => {
  test.setTimeout(300_000);
  const results = await auditPages(baseURL!);
  for (const result of results) console.log(result.path, JSON.stringify(result.scores), result.failures.join(" "));
  expect(results.flatMap((result) => belowThreshold(result).map((miss) => `${result.path}: ${miss} (${result.failures.join(", ")})`))).toEqual([]);
});
