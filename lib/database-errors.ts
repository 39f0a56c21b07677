// Tells "the database cannot be reached right now" apart from every other failure, so that
// callers answer 503 (try again later) instead of 500 (a bug). Pure: no database, no Prisma import.

// Prisma: can't reach / timed out / server closed the connection / timed out waiting for a pooled connection.
const PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
// @prisma/adapter-pg's kinds for socket-level failures.
const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
// PostgreSQL SQLSTATEs: class 08 (connection exception), shutting down / starting up, too many
// connections, and a statement cancelled by statement_timeout (an overloaded or stuck server).
const SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "57014"]);
const SOCKET_CODES = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH", "EPIPE", "EAI_AGAIN"]);
// node-postgres raises these as plain Errors without a code.
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Query read timeout/i,
  /Can't reach database server/i,
  /Client has encountered a connection error/i,
  /Cannot use a pool after calling end/i,
];

type Inspectable = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

function matchesOne(value: Inspectable): boolean {
  const code = typeof value.code === "string" ? value.code : "";
  const originalCode = typeof value.originalCode === "string" ? value.originalCode : "";
  return (
    PRISMA_CODES.has(code) ||
    SOCKET_CODES.has(code) ||
    [code, originalCode].some((c) => SQLSTATES.has(c) || /^08[0-9A-Z]{3}$/.test(c)) ||
    (typeof value.kind === "string" && ADAPTER_KINDS.has(value.kind)) ||
    (typeof value.message === "string" && MESSAGES.some((pattern) => pattern.test(value.message as string)))
  );
}

/** True when `error` (a Prisma, adapter, node-postgres or socket error) means the database is unreachable. */
export function isDatabaseUnavailableError(error: unknown): boolean {
  // Walk the chain: Prisma error → meta.driverAdapterError → its cause → Error.cause, with a bound.
  const queue: unknown[] = [error];
  for (let seen = 0; queue.length > 0 && seen < 20; seen++) {
    const value = queue.shift();
    if (typeof value !== "object" || value === null) continue;
    const inspectable = value as Inspectable;
    if (matchesOne(inspectable)) return true;
    const meta = inspectable.meta as { driverAdapterError?: unknown } | undefined;
    if (meta && typeof meta === "object") queue.push(meta.driverAdapterError);
    queue.push(inspectable.cause);
    if (value instanceof AggregateError) queue.push(...value.errors);
  }
  return false;
}
