// Reads and checks the start-up configuration; every problem becomes one clear line.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export class ConfigError extends Error {}

export function readPort(raw: string | undefined): number {
  if (raw === undefined || raw === "") return 3000;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new ConfigError(`PORT must be a number from 1 to 65535 (got "${raw}")`);
  return port;
}

export async function assertPortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new ConfigError(
          error.code === "EADDRINUSE"
            ? `port ${port} is already in use: stop what uses it or set PORT to another port`
            : `cannot listen on port ${port}: ${error.code ?? error.message}`,
        ),
      ),
    );
    server.listen(port, () => server.close(() => resolve()));
  });
}

/** host:port/database of a URL, never its password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    throw new ConfigError("DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database)");
  }
}

export async function assertDatabaseReachable(url: string): Promise<void> {
  const where = describeDatabaseUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError(`cannot reach the database in DATABASE_URL (${where}): ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The secret that signs sessions. Embedded (demo) mode keeps a generated one in .data/;
 * with a real database it must be given, so that every instance shares it.
 */
export async function resolveAuthSecret(embeddedDataDir: string | null): Promise<string> {
  const given = process.env.NEXTAUTH_SECRET || process.env.AUTH_SECRET;
  if (given) {
    if (given.length < 32) throw new ConfigError("NEXTAUTH_SECRET must be at least 32 characters (e.g. `openssl rand -base64 32`)");
    return given;
  }
  if (!embeddedDataDir) throw new ConfigError("NEXTAUTH_SECRET is required when DATABASE_URL is set (e.g. `openssl rand -base64 32`)");
  const file = path.join(embeddedDataDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, secret + "\n", { mode: 0o600 });
  return secret;
}
