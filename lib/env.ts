import "server-only";
import { z } from "zod";

// The only reader of process.env in the app: configuration is validated once, at first use.
const schema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, "must be a postgresql:// URL"),
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  // Absolute URL of the portal, for canonical links, feeds and the sitemap.
  PUBLIC_BASE_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().default(3000),
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
