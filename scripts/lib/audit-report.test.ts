import { describe, expect, it } from "vitest";
import { evaluateAudit } from "./audit-report";

// Shapes of `npm audit --json` (report version 2, npm 11), trimmed.
const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0, ...counts },
      dependencies: { prod: 120, dev: 400, total: 520 },
    },
  });

describe("evaluateAudit", () => {
  it("fails on a high or critical vulnerability and names it", () => {
    const verdict = evaluateAudit(
      report(
        { high: 1, critical: 1, moderate: 2 },
        {
          next: {
            name: "next",
            severity: "critical",
            isDirect: true,
            range: "16.0.0 - 16.4.5",
            via: [{ source: 1, title: "Authorization bypass in proxy", severity: "critical" }],
            fixAvailable: { name: "next", version: "16.4.6" },
          },
          "pg-protocol": { name: "pg-protocol", severity: "high", isDirect: false, range: "<1.7.1", via: ["pg"], fixAvailable: false },
          zod: { name: "zod", severity: "moderate", via: [] },
        },
      ),
      1,
    );
    expect(verdict.status).toBe("vulnerable");
    expect(verdict.message).toBe("2 known high or critical vulnerabilities in 120 production dependencies");
    expect(verdict.status === "vulnerable" && verdict.findings).toEqual([
      "critical: next 16.0.0 - 16.4.5 (direct) - Authorization bypass in proxy - fix available (npm audit fix --omit=dev)",
      "high: pg-protocol <1.7.1 - no fix available",
    ]);
  });

  it("passes with only low or moderate findings, and mentions them", () => {
    expect(evaluateAudit(report({ moderate: 2, low: 1 }), 0)).toEqual({
      status: "clean",
      message: "no known high or critical vulnerability in 120 production dependencies (3 low or moderate: see npm audit --omit=dev)",
    });
    expect(evaluateAudit(report({}), 0).status).toBe("clean");
  });

  it("says it could not check when the advisory service refuses or cannot be reached", () => {
    const refused = JSON.stringify({
      message: "405 Method Not Allowed - POST https://registry.example/-/npm/v1/security/advisories/bulk",
      method: "POST",
      statusCode: 405,
      body: "",
    });
    const offline = JSON.stringify({
      message: "request to https://registry.example/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.example",
      method: "POST",
    });
    for (const [stdout, reason] of [
      [refused, "405 Method Not Allowed"],
      [offline, "ENOTFOUND"],
      ["", "exited with code 1 and no report"],
      ["npm error something", "unreadable answer"],
    ] as const) {
      const verdict = evaluateAudit(stdout, 1);
      expect(verdict.status).toBe("unchecked");
      expect(verdict.message).toMatch(/^COULD NOT CHECK production dependencies for known vulnerabilities: the audit service did not answer \(/);
      expect(verdict.message).toContain(reason);
    }
  });
});
