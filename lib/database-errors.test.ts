import { describe, expect, it } from "vitest";
import { isDatabaseUnavailableError } from "./database-errors";

// Shapes recorded from Prisma 7 + @prisma/adapter-pg + node-postgres against a stopped,
// restarting or unresponsive PostgreSQL.
const prismaError = (code: string, cause: Record<string, unknown>) =>
  Object.assign(new Error("Invalid `prisma.project.findMany()` invocation"), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: { driverAdapterError: { name: "DriverAdapterError", cause } },
  });

describe("isDatabaseUnavailableError", () => {
  it("recognises a stopped server (connection refused)", () => {
    expect(isDatabaseUnavailableError(prismaError("P1001", { kind: "DatabaseNotReachable", host: "127.0.0.1", port: 5432 }))).toBe(true);
    // A raw query reports the same cause under a generic code.
    expect(isDatabaseUnavailableError(prismaError("P2010", { kind: "DatabaseNotReachable" }))).toBe(true);
    expect(
      isDatabaseUnavailableError(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED", syscall: "connect", errno: -111 })),
    ).toBe(true);
  });

  it("recognises a server shutting down under a running query", () => {
    expect(
      isDatabaseUnavailableError(
        prismaError("P2010", { originalCode: "57P01", kind: "postgres", code: "57P01", message: "terminating connection due to administrator command" }),
      ),
    ).toBe(true);
  });

  it("recognises timeouts: connecting, statement_timeout, pool exhaustion", () => {
    expect(isDatabaseUnavailableError(new Error("Connection terminated due to connection timeout"))).toBe(true);
    expect(isDatabaseUnavailableError(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailableError(prismaError("P2010", { originalCode: "57014", kind: "postgres", code: "57014" }))).toBe(true);
    expect(isDatabaseUnavailableError(Object.assign(new Error("Timed out fetching a new connection from the connection pool"), { code: "P2024" }))).toBe(true);
  });

  it("finds the cause through Error.cause", () => {
    expect(isDatabaseUnavailableError(new Error("render failed", { cause: new Error("Connection terminated unexpectedly") }))).toBe(true);
  });

  it("leaves bugs and data errors alone (they stay 500s or 4xxs)", () => {
    expect(isDatabaseUnavailableError(new Error("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailableError(prismaError("P2002", { kind: "UniqueConstraintViolation", originalCode: "23505" }))).toBe(false);
    expect(isDatabaseUnavailableError(prismaError("P2010", { kind: "postgres", code: "42P01", originalCode: "42P01" }))).toBe(false);
    expect(isDatabaseUnavailableError(new Error("Invalid configuration: DATABASE_URL: must be a postgresql:// URL"))).toBe(false);
    expect(isDatabaseUnavailableError(null)).toBe(false);
    expect(isDatabaseUnavailableError("ECONNREFUSED")).toBe(false);
  });

  it("does not loop on a cyclic cause", () => {
    const a = new Error("a") as Error & { cause?: unknown };
    const b = new Error("b", { cause: a });
    a.cause = b;
    expect(isDatabaseUnavailableError(a)).toBe(false);
  });
});
