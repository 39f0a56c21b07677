import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client";
import { closeAvailabilityProbe, forgetDatabaseAvailability } from "./database-availability";
import { env } from "./env";

// One client per server process (and one across dev hot reloads), and one for the replica if any.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; prismaReplica?: PrismaClient };

function getClient(): PrismaClient {
  if (!globalForPrisma.prisma) {
    globalForPrisma.prisma = createClient(env().DATABASE_URL);
    closePoolAtExit(globalForPrisma.prisma);
  }
  return globalForPrisma.prisma;
}

function getReplicaClient(): PrismaClient {
  const replicaUrl = env().DATABASE_REPLICA_URL;
  if (!replicaUrl) return getClient();
  if (!globalForPrisma.prismaReplica) {
    globalForPrisma.prismaReplica = createClient(replicaUrl);
    closePoolAtExit(globalForPrisma.prismaReplica);
  }
  return globalForPrisma.prismaReplica;
}

function createClient(connectionString: string): PrismaClient {
  const settings = env();
  const adapter = new PrismaPg(
    {
      connectionString,
      // Explicit size and limits (README, configuration): a stopped or stuck database makes
      // requests fail within seconds, answered 503, instead of queueing without end.
      max: settings.DATABASE_POOL_MAX,
      connectionTimeoutMillis: settings.DATABASE_CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: settings.DATABASE_IDLE_TIMEOUT_MS,
      // PostgreSQL cancels a statement running longer than this, and a transaction left idle.
      statement_timeout: settings.DATABASE_STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: settings.DATABASE_STATEMENT_TIMEOUT_MS,
      // statement_timeout needs a live server: this client-side limit covers one that stopped answering.
      query_timeout: settings.DATABASE_STATEMENT_TIMEOUT_MS + 2_000,
      // Notices a peer that vanished without closing the connection (host down, network cut).
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      application_name: "egov-portal",
    },
    {
      // A pooled connection broke (server restart, shutdown): check availability again now.
      onPoolError: () => forgetDatabaseAvailability(),
      onConnectionError: () => forgetDatabaseAvailability(),
    },
  );
  return new PrismaClient({ adapter });
}

/**
 * Graceful shutdown. On SIGTERM/SIGINT `next start` stops accepting connections, lets
 * in-flight requests finish, then calls process.exit; App Router code has no hook in between
 * (vercel/next.js#51404). Closing the pool at the signal would fail the requests still
 * running, so the pool is closed at that exit instead, bounded in time.
 */
function closePoolAtExit(client: PrismaClient): void {
  let wrapped = false;
  const onSignal = () => {
    if (wrapped) return;
    wrapped = true;
    const exit = process.exit.bind(process);
    process.exit = ((code?: number | string | null) => {
      const close = Promise.all([client.$disconnect(), closeAvailabilityProbe()]).then(() => console.log("[db] connection pool closed"));
      const deadline = new Promise((resolve) => setTimeout(resolve, 3_000).unref());
      void Promise.race([close, deadline])
        .catch(() => {})
        .finally(() => exit(code));
    }) as typeof process.exit;
  };
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
}

/**
 * Created on first use, not on import: `next build` imports every route module and
 * must not need a database configuration to do so.
 */
export const db: PrismaClient = lazyClient(getClient);

/**
 * Public reads rendered per request (the filtered roadmap, its timeline, the projects API and
 * CSV) may read a replica: DATABASE_REPLICA_URL, else the primary. Only those: a cached page
 * is regenerated right after an edit expires it, and must read the primary or it would keep
 * the replica's older copy for the page's whole lifetime; staff pages and every write use
 * `db`. A per-request page is as old as the replica's lag, a second or less in streaming
 * replication, within the five seconds other visitors may wait for an edit.
 */
export const readReplicaDb: PrismaClient = lazyClient(getReplicaClient);

function lazyClient(get: () => PrismaClient): PrismaClient {
  return new Proxy({} as PrismaClient, {
    get(_target, property) {
      const client = get();
      const value = Reflect.get(client, property, client);
      return typeof value === "function" ? value.bind(client) : value;
    },
  });
}
