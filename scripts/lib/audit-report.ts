// Reads the JSON of `npm audit --json` and decides: fail on known high or critical
// vulnerabilities, pass otherwise, and say plainly when the audit service could not be asked.

export type AuditVerdict =
  { status: "clean"; message: string } | { status: "vulnerable"; message: string; findings: string[] } | { status: "unchecked"; message: string };

type Severity = "info" | "low" | "moderate" | "high" | "critical";
type Report = {
  auditReportVersion?: number;
  vulnerabilities?: Record<string, { name?: string; severity?: Severity; range?: string; isDirect?: boolean; via?: unknown[]; fixAvailable?: unknown }>;
  metadata?: { vulnerabilities?: Partial<Record<Severity | "total", number>>; dependencies?: { prod?: number } };
  message?: string;
  statusCode?: number;
  error?: { code?: string; summary?: string; detail?: string } | null;
};

const BLOCKING: Severity[] = ["high", "critical"];

/** A vulnerability's advisory titles (its `via` entries that are advisories, not other packages). */
function advisories(via: unknown[] | undefined): string[] {
  return (via ?? []).flatMap((entry) => (typeof entry === "object" && entry && "title" in entry ? [String((entry as { title: unknown }).title)] : []));
}

export function evaluateAudit(stdout: string, exitCode: number | null): AuditVerdict {
  let report: Report | null = null;
  try {
    report = JSON.parse(stdout) as Report;
  } catch {
    report = null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!report || !counts || report.auditReportVersion === undefined) {
    // npm prints {message, statusCode, ...} when the advisory endpoint fails or cannot be reached.
    const reason =
      report?.message ||
      report?.error?.summary ||
      report?.error?.code ||
      (stdout.trim() ? "unreadable answer" : `npm audit exited with code ${exitCode} and no report`);
    return {
      status: "unchecked",
      message: `COULD NOT CHECK production dependencies for known vulnerabilities: the audit service did not answer (${reason.split("\n")[0]})`,
    };
  }
  const blocking = BLOCKING.reduce((sum, severity) => sum + (counts[severity] ?? 0), 0);
  const others = (counts.low ?? 0) + (counts.moderate ?? 0) + (counts.info ?? 0);
  const scope = `${report.metadata?.dependencies?.prod ?? "?"} production dependencies`;
  if (blocking === 0) {
    return {
      status: "clean",
      message: `no known high or critical vulnerability in ${scope}${others ? ` (${others} low or moderate: see npm audit --omit=dev)` : ""}`,
    };
  }
  const findings = Object.values(report.vulnerabilities ?? {})
    .filter((v) => v.severity && BLOCKING.includes(v.severity))
    .map((v) => {
      const titles = advisories(v.via);
      const fix = v.fixAvailable === false ? "no fix available" : "fix available (npm audit fix --omit=dev)";
      return `${v.severity}: ${v.name} ${v.range ?? ""}${v.isDirect ? " (direct)" : ""}${titles.length ? ` - ${titles.join("; ")}` : ""} - ${fix}`;
    });
  return { status: "vulnerable", message: `${blocking} known high or critical vulnerabilit${blocking === 1 ? "y" : "ies"} in ${scope}`, findings };
}
