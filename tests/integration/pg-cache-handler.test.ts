// The shared page cache (lib/cache/pg-cache-handler.mjs) on the real database: what one
// instance stores another reads, an invalidated tag expires its pages, and a page whose
// render began before an edit is not kept as fresh once the edit's invalidation lands.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, inject, it } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.CACHE_LOCAL_TTL_MS = "60000"; // local copies last the whole test: what is read must be right
type Handler = {
  get(key: string, ctx?: object): Promise<{ lastModified: number; value: { html: string } } | null>;
  set(key: string, data: object | null, ctx?: object): Promise<void>;
  revalidateTag(tags: string | string[]): Promise<void>;
};
let Handler: new (context?: object) => Handler;

beforeAll(async () => {
  // Plain JavaScript (Next loads it at run time); its shape is the Handler type above.
  Handler = (await import("../../lib/cache/pg-cache-handler.mjs")).default as unknown as typeof Handler;
});

const RUN = randomUUID().slice(0, 8);
const page = (html: string, tag: string) => ({ kind: "APP_PAGE", html, headers: { "x-next-cache-tags": `${tag},_N_T_/layout` }, status: 200 });
const otherInstance = () => {
  // Another instance reads the database, not this process's local copies.
  (globalThis as { __egovPgCache?: { local: Map<string, unknown> } }).__egovPgCache!.local.clear();
  return new Handler();
};

describe("PostgreSQL page cache", () => {
  it("serves what was stored until a tag of the page is invalidated", async () => {
    const key = `/fr/projects/a-${RUN}`;
    const tag = `project:a-${RUN}`;
    const handler = new Handler();
    expect(await handler.get(key)).toBeNull();
    await handler.set(key, page("first", tag), { cacheControl: { revalidate: 3600 } });
    expect((await handler.get(key))?.value.html).toBe("first");
    expect((await otherInstance().get(key))?.value.html).toBe("first");
    await handler.revalidateTag(tag);
    expect(await handler.get(key)).toBeNull();
    expect(await otherInstance().get(key)).toBeNull();
  });

  it("does not keep a page rendered from data read before an edit that was invalidated during the render", async () => {
    const key = `/fr/projects/b-${RUN}`;
    const tag = `project:b-${RUN}`;
    const visitor = new Handler();
    const editor = new Handler();
    expect(await visitor.get(key)).toBeNull(); // a miss: Next starts rendering, reading the old data
    await new Promise((resolve) => setTimeout(resolve, 5));
    await editor.revalidateTag(tag); // the edit lands and expires the page while the render runs
    await new Promise((resolve) => setTimeout(resolve, 5));
    await visitor.set(key, page("rendered from the old data", tag), { cacheControl: { revalidate: 3600 } });
    // Neither this instance nor another serves the old render: the next visit renders afresh.
    expect(await editor.get(key)).toBeNull();
    expect(await otherInstance().get(key)).toBeNull();
    // That next render, begun after the edit, is kept.
    await visitor.set(key, page("rendered from the new data", tag), { cacheControl: { revalidate: 3600 } });
    expect((await otherInstance().get(key))?.value.html).toBe("rendered from the new data");
  });

  it("does not keep a local copy from a read that began before an invalidation made here", async () => {
    const key = `/fr/projects/c-${RUN}`;
    const tag = `project:c-${RUN}`;
    const writer = new Handler();
    expect(await writer.get(key)).toBeNull();
    await writer.set(key, page("old", tag), { cacheControl: { revalidate: 3600 } });
    const cache = (globalThis as { __egovPgCache?: { local: Map<string, unknown>; pool: { query: (...args: unknown[]) => Promise<unknown> } } }).__egovPgCache!;
    cache.local.clear();
    // The next query (the visitor's read) runs now but answers only after the edit's invalidation.
    const pool = cache.pool;
    const query = pool.query.bind(pool);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    pool.query = async (...args: unknown[]) => {
      pool.query = query;
      const result = await query(...args);
      await held;
      return result;
    };
    const reading = new Handler().get(key);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await new Handler().revalidateTag(tag);
    release();
    expect((await reading)?.value.html).toBe("old"); // it began before the edit: it may answer with the old page once
    // but that old page is not kept: the next read in this process goes to the database.
    expect(await new Handler().get(key)).toBeNull();
  });
});
