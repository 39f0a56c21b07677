// A Next.js cache handler (the documented `cacheHandler` interface: get, set, revalidateTag,
// resetRequestCache) that keeps rendered pages and route responses in PostgreSQL, so every
// app instance behind a load balancer serves the same cache and sees the same
// invalidations. Plain JavaScript: Next loads it at run time, outside the bundle.
//
// Tables: "NextCacheEntry" (one row per cache key, the value serialized with v8, its tags)
// and "NextCacheTag" (when a tag was last invalidated); migration 20261123050000_next_cache.
// An entry is stale when any of its tags was invalidated after the entry was written.
//
// Each instance also keeps what it read for LOCAL_TTL_MS: under load most hits cost no
// query, and an invalidation made by another instance is seen within that delay.
import { serialize, deserialize } from "node:v8";
import pg from "pg";

const LOCAL_TTL_MS = Number(process.env.CACHE_LOCAL_TTL_MS ?? 1000);
const LOCAL_MAX_ENTRIES = 1000;
const TAGS_HEADER = "x-next-cache-tags";

/** Shared by every handler instance of the process (Next creates one per request). */
const shared =
  globalThis.__egovPgCache ?? (globalThis.__egovPgCache = { pool: null, local: new Map(), renderingSince: new Map(), lastInvalidationAt: 0, disabled: false });
// Since when each key has been (re)rendered: set by the read that sends Next to render it.
const RENDERING_MAX_KEYS = 1000;
// A page stored without that mark (two renders of one key overlapped, or the mark was evicted)
// is stamped this much earlier: at worst one more render, never an old page kept as fresh.
const UNMARKED_RENDER_MARGIN_MS = 60_000;

function pool() {
  if (shared.disabled) return null;
  if (!shared.pool) {
    // `next build` also instantiates the handler, without a database: caching is then off.
    if (!process.env.DATABASE_URL) {
      shared.disabled = true;
      return null;
    }
    shared.pool = new pg.Pool({
      connectionString: process.env.DATABASE_URL,
      max: Number(process.env.CACHE_POOL_MAX ?? 4),
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30000,
      statement_timeout: 5000,
    });
    // A broken idle connection must not crash the server; the next query reconnects.
    shared.pool.on("error", () => {});
  }
  return shared.pool;
}

function tagsOf(value, ctx) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" && header !== "" ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])])];
}

/** Notes that Next is about to render `key` (the earliest such moment is kept until set). */
function rendersFrom(key, at) {
  if (shared.renderingSince.has(key)) return;
  // Renders that never store (errors, 404s) would pile up: the oldest mark goes first.
  if (shared.renderingSince.size >= RENDERING_MAX_KEYS) shared.renderingSince.delete(shared.renderingSince.keys().next().value);
  shared.renderingSince.set(key, at);
}

/** Whether Next will render this entry again (older than its revalidate time). */
function isPastRevalidate(entry, now) {
  const revalidate = entry.cacheControl?.revalidate;
  return typeof revalidate === "number" && now - entry.lastModified > revalidate * 1000;
}

function remember(key, entry) {
  shared.local.delete(key);
  shared.local.set(key, { entry, readAt: Date.now() });
  if (shared.local.size > LOCAL_MAX_ENTRIES) shared.local.delete(shared.local.keys().next().value);
}

export default class PgCacheHandler {
  constructor(context) {
    this.revalidatedTags = context?.revalidatedTags ?? [];
  }

  async get(key, ctx) {
    const local = shared.local.get(key);
    if (local && Date.now() - local.readAt < LOCAL_TTL_MS) {
      if (isPastRevalidate(local.entry, Date.now())) rendersFrom(key, Date.now()); // Next renders it again in the background
      return local.entry;
    }
    const db = pool();
    if (!db) return null;
    const askedAt = Date.now();
    try {
      // One round trip: the entry, and whether any of its tags (or the ones asked for) expired since.
      const { rows } = await db.query(
        `SELECT e."value", e."lastModified",
                EXISTS (SELECT 1 FROM "NextCacheTag" t WHERE t."tag" = ANY (e."tags" || $2::text[]) AND t."expiredAt" > e."lastModified") AS "isExpired"
           FROM "NextCacheEntry" e WHERE e."key" = $1`,
        [key, [...(ctx?.tags ?? []), ...(ctx?.softTags ?? [])]],
      );
      const row = rows[0];
      if (!row || row.isExpired) {
        shared.local.delete(key);
        rendersFrom(key, askedAt); // Next renders it now
        return null;
      }
      const stored = deserialize(row.value);
      if (this.revalidatedTags.length > 0 && tagsOf(stored.value, ctx).some((tag) => this.revalidatedTags.includes(tag))) {
        rendersFrom(key, askedAt);
        return null;
      }
      const entry = { lastModified: Number(row.lastModified), value: stored.value, cacheControl: stored.cacheControl };
      // Older than its revalidate time: Next serves it and renders it again in the background.
      if (isPastRevalidate(entry, askedAt)) rendersFrom(key, askedAt);
      // A read that began before an invalidation made here may hold the old page: not kept.
      if (shared.lastInvalidationAt < askedAt) remember(key, entry);
      return entry;
    } catch (error) {
      // The cache is an optimisation: when PostgreSQL is unreachable, render instead.
      console.warn(`cache read failed: ${error?.code ?? String(error?.message ?? error)}`); // a JSON line through server.mjs
      return null;
    }
  }

  async set(key, data, ctx) {
    const db = pool();
    if (!db) return;
    if (data === null) {
      shared.local.delete(key);
      await db.query(`DELETE FROM "NextCacheEntry" WHERE "key" = $1`, [key]).catch(() => {});
      return;
    }
    // Stamped with when its render began, not when it ended: a render that read the data
    // before an edit and finished after the edit's invalidation is then stale at once (its
    // tags expired after it was stamped), instead of serving the old page for an hour.
    const lastModified = shared.renderingSince.get(key) ?? Date.now() - UNMARKED_RENDER_MARGIN_MS;
    shared.renderingSince.delete(key);
    const cacheControl = ctx?.cacheControl;
    if (shared.lastInvalidationAt < lastModified) remember(key, { lastModified, value: data, cacheControl });
    else shared.local.delete(key);
    try {
      await db.query(
        `INSERT INTO "NextCacheEntry" ("key", "value", "tags", "lastModified") VALUES ($1, $2, $3, $4)
         ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value", "tags" = EXCLUDED."tags", "lastModified" = EXCLUDED."lastModified"`,
        [key, serialize({ value: data, cacheControl }), tagsOf(data, ctx), lastModified],
      );
    } catch (error) {
      console.warn(`cache write failed: ${error?.code ?? String(error?.message ?? error)}`);
    }
  }

  async revalidateTag(tags) {
    const list = (Array.isArray(tags) ? tags : [tags]).filter(Boolean);
    if (list.length === 0) return;
    // Forget local copies at once, so the instance that made the edit never serves the old page.
    shared.lastInvalidationAt = Date.now();
    for (const [key, { entry }] of shared.local) if (tagsOf(entry.value).some((tag) => list.includes(tag))) shared.local.delete(key);
    const db = pool();
    if (!db) return;
    // +1: an entry written in the same millisecond as the invalidation counts as stale.
    await db.query(
      `INSERT INTO "NextCacheTag" ("tag", "expiredAt") SELECT unnest($1::text[]), $2
       ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt"`,
      [list, Date.now() + 1],
    );
  }

  resetRequestCache() {}
}
