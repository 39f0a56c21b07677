import "server-only";
import { z } from "zod";

// The only reader of process.env in the app: configuration is validated once, at first use.
const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  // A read replica of DATABASE_URL for public reads rendered per request (lib/db.ts, readReplicaDb).
  DATABASE_REPLICA_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL").optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  // Absolute URL of the portal, for canonical links, feeds and the sitemap.
  PUBLIC_BASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().default(3000),
  // Connection pool of the app (lib/db.ts): explicit size and time limits, so that a slow or
  // stopped database makes requests fail fast (503) instead of piling up.
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(1000).default(10),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_000),
  DATABASE_IDLE_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  // Signs and encrypts session tokens and derives the other keys (see lib/security/keys.ts).
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  NEXTAUTH_URL: z.string().url().optional(),
  // How many reverse proxies in front of the app append to X-Forwarded-For (lib/security/network.ts).
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(1).max(5).default(1),
});

export type Env = z.infer<typeof schema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = schema.safeParse(process.env);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid configuration: ${detail}`);
    }
    cached = parsed.data;
  }
  return cached;
}

/** The portal's public origin, without a trailing slash. */
export function publicBaseUrl(): string {
  const { PUBLIC_BASE_URL, PORT } = env();
  return (PUBLIC_BASE_URL ?? `http://localhost:${PORT}`).replace(/\/+$/, "");
}

/** The secret every signing key derives from; required at run time, not at build time. */
export function authSecret(): string {
  const secret = env().NEXTAUTH_SECRET ?? process.env.AUTH_SECRET;
  if (!secret) throw new Error("Invalid configuration: NEXTAUTH_SECRET is required");
  return secret;
}

/** Cookies get the Secure flag and the __Host- prefix only when the portal is served over HTTPS. */
export function isServedOverHttps(): boolean {
  return (env().NEXTAUTH_URL ?? env().PUBLIC_BASE_URL ?? "").startsWith("https://");
}
