// Is the database reachable right now? Asked by proxy.ts before a page renders, so that a
// database outage answers 503 with a localized page (a page cannot set its own status once
// rendering has started). One probe per second at most, on a dedicated connection so that a busy
// pool never makes the portal look down; every other request reuses the last answer.
import pg from "pg";

/** How long an answer is reused: a database that stops is noticed within this time. */
const ANSWER_TTL_MS = 1_000;
/** A probe that takes longer than this counts as "unreachable": requests never wait longer. */
const PROBE_TIMEOUT_MS = 2_000;

type State = {
  reachable: boolean;
  checkedAt: number;
  probing: Promise<boolean> | null;
  client: pg.Client | null;
};

// On globalThis: the proxy and the app's route modules are separate bundles in one process.
const KEY = Symbol.for("egov.databaseAvailability");
const globalState = globalThis as unknown as Record<symbol, State | undefined>;
const state: State = (globalState[KEY] ??= { reachable: true, checkedAt: 0, probing: null, client: null });

function dropClient(client: pg.Client): void {
  if (state.client === client) state.client = null;
  client.end().catch(() => {});
}

async function probe(connectionString: string): Promise<boolean> {
  let client = state.client;
  try {
    if (!client) {
      client = new pg.Client({
        connectionString,
        connectionTimeoutMillis: PROBE_TIMEOUT_MS,
        query_timeout: PROBE_TIMEOUT_MS,
        application_name: "egov-portal-probe",
      });
      const created = client;
      // An idle connection killed by a server restart emits 'error'; unhandled, it would crash the app.
      created.on("error", () => {
        dropClient(created);
        forgetDatabaseAvailability();
      });
      state.client = created;
      await created.connect();
    }
    await client.query("SELECT 1");
    return true;
  } catch {
    if (client) dropClient(client);
    return false;
  }
}

/** The last known answer, refreshed by a probe when older than a second. Never throws. */
export async function isDatabaseAvailable(): Promise<boolean> {
  // Read here, not through lib/env.ts (server-only): the proxy bundle imports this module.
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) return true; // nothing to probe; the app reports its configuration error itself
  if (Date.now() - state.checkedAt < ANSWER_TTL_MS) return state.reachable;
  state.probing ??= probe(connectionString).then((reachable) => {
    state.reachable = reachable;
    state.checkedAt = Date.now();
    state.probing = null;
    return reachable;
  });
  return state.probing;
}

/** The app saw a connection failure: the next request probes again instead of trusting the last answer. */
export function forgetDatabaseAvailability(): void {
  state.checkedAt = 0;
}

/** Closes the probe's connection (graceful shutdown). */
export async function closeAvailabilityProbe(): Promise<void> {
  const client = state.client;
  state.client = null;
  if (client) await client.end().catch(() => {});
}
