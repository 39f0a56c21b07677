import "server-only";

// Per-request public reads (the filtered roadmap, the projects API) kept in this process for
// a moment: identical queries arriving together (a popular filter link, a client polling the
// API) share one database read instead of each counting and sorting every matching project.
// Concurrent callers share the read in flight, too. This instance's edits empty it at once
// (lib/cache/invalidate.ts), so an editor sees their change on the next request; other
// instances see it within RESULT_CACHE_MS, inside the five seconds allowed to other visitors.
const TTL_MS = Number(process.env.RESULT_CACHE_MS ?? 2000);
const MAX_ENTRIES = 100; // page-sized results only (callers' rule): a few MB at most

type Store = { epoch: number; lastEditAt: number; entries: Map<string, { at: number; value: Promise<unknown> }> };
// On globalThis: every route bundle of the process sees the same store, and the same forget().
const store: Store = ((globalThis as { __egovBriefResults?: Store }).__egovBriefResults ??= { epoch: 0, lastEditAt: 0, entries: new Map() });

/** The result of `read` for `key`, shared with calls made within the last RESULT_CACHE_MS. */
export function rememberBriefly<T>(key: string, read: () => Promise<T>): Promise<T> {
  if (!(TTL_MS > 0)) return read();
  const now = Date.now();
  const hit = store.entries.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value as Promise<T>;
  const epoch = store.epoch;
  const value = read();
  store.entries.delete(key);
  store.entries.set(key, { at: now, value });
  if (store.entries.size > MAX_ENTRIES) store.entries.delete(store.entries.keys().next().value!);
  // A failed read is not shared beyond the callers already waiting on it.
  value.catch(() => {
    if (store.entries.get(key)?.value === value) store.entries.delete(key);
  });
  // A read that began before an edit of this instance must not outlive that edit.
  void value.then(
    () => {
      if (store.epoch !== epoch && store.entries.get(key)?.value === value) store.entries.delete(key);
    },
    () => {},
  );
  return value;
}

/** Forgets every kept result: called by each edit of this instance. */
export function forgetBriefResults(): void {
  store.epoch += 1;
  store.lastEditAt = Date.now();
  store.entries.clear();
}

/** Whether this instance made an edit within the last `ms` milliseconds. */
export function editedWithin(ms: number): boolean {
  return Date.now() - store.lastEditAt < ms;
}
