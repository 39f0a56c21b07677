import { z } from "zod";
import { ProjectKind, ProjectStatus } from "../generated/prisma/enums";

/**
 * The roadmap's filters, read from the URL (GET form, bookmarkable). Malformed values are
 * dropped and reported, never an error page: a shared link with a stale value still works.
 */
export const sortKeys = ["title", "status", "progress", "plannedEnd", "updated", "relevance"] as const;
export type SortKey = (typeof sortKeys)[number];

export const PAGE_SIZES = [20, 50, 100] as const;

export type RoadmapFilters = {
  q: string;
  statuses: ProjectStatus[];
  organization: string | null;
  axis: string | null;
  kind: ProjectKind | null;
  isFlagship: boolean;
  isLate: boolean;
  sort: SortKey;
  direction: "asc" | "desc";
  page: number;
  perPage: number;
};

export type ParsedFilters = { filters: RoadmapFilters; ignored: string[] };

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,99}$/);
const statusSchema = z.enum(ProjectStatus);
const kindSchema = z.enum(ProjectKind);

function all(params: RawParams, key: string): string[] {
  if (params instanceof URLSearchParams) return params.getAll(key);
  const value = params[key];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function parseRoadmapFilters(params: RawParams): ParsedFilters {
  const ignored: string[] = [];
  const first = (key: string) => {
    // NUL bytes are dropped: PostgreSQL refuses them in text, and no real query has one.
    const value = all(params, key)[0]?.replace(/\u0000/g, "").trim();
    return value === undefined || value === "" ? undefined : value;
  };
  function pick<T>(key: string, schema: z.ZodType<T>): T | null {
    const value = first(key);
    if (value === undefined) return null;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    ignored.push(key);
    return null;
  }

  const q = (first("q") ?? "").slice(0, 200);
  const statuses = all(params, "status").flatMap((value) => {
    const parsed = statusSchema.safeParse(value);
    if (!parsed.success) ignored.push("status");
    return parsed.success ? [parsed.data] : [];
  });
  const sortParsed = pick("sort", z.enum(sortKeys));
  const sort: SortKey = sortParsed ?? (q ? "relevance" : "title");
  const direction = pick("dir", z.enum(["asc", "desc"])) ?? (sort === "updated" ? "desc" : "asc");
  const page = pick("page", z.coerce.number().int().min(1).max(100_000)) ?? 1;
  const perPage = pick("perPage", z.coerce.number().pipe(z.union(PAGE_SIZES.map((size) => z.literal(size))))) ?? PAGE_SIZES[0];

  return {
    filters: {
      q,
      statuses: [...new Set(statuses)],
      organization: pick("org", slug),
      axis: pick("axis", slug),
      kind: pick("kind", kindSchema),
      isFlagship: pick("flagship", z.literal("1")) === "1",
      isLate: pick("late", z.literal("1")) === "1",
      sort: sort === "relevance" && !q ? "title" : sort,
      direction,
      page,
      perPage,
    },
    ignored: [...new Set(ignored)],
  };
}

/** The canonical query string of a filter state (defaults omitted), for links and CSV. */
export function toSearchParams(filters: RoadmapFilters, overrides: Partial<RoadmapFilters> = {}): URLSearchParams {
  const state = { ...filters, ...overrides };
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const status of state.statuses) params.append("status", status);
  if (state.organization) params.set("org", state.organization);
  if (state.axis) params.set("axis", state.axis);
  if (state.kind) params.set("kind", state.kind);
  if (state.isFlagship) params.set("flagship", "1");
  if (state.isLate) params.set("late", "1");
  const defaultSort = state.q ? "relevance" : "title";
  if (state.sort !== defaultSort) params.set("sort", state.sort);
  const defaultDirection = state.sort === "updated" ? "desc" : "asc";
  if (state.direction !== defaultDirection) params.set("dir", state.direction);
  if (state.perPage !== PAGE_SIZES[0]) params.set("perPage", String(state.perPage));
  if (state.page > 1) params.set("page", String(state.page));
  return params;
}
