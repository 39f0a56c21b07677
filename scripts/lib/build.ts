// Builds the production app when the build is missing or older than the sources.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { build as bundle, type Plugin } from "esbuild";
import { nextBin, projectRoot } from "./paths";

// Everything that changes the build output. The generated Prisma client follows schema.prisma.
const INPUTS = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "proxy.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "scripts/lib/build.ts", // the direct-routes bundle's options
];
const SKIP = new Set(["generated", "node_modules"]);
/** The build folder: `.next`, or EGOV_DIST_DIR (read by next.config.ts too). */
const distDir = () => path.join(projectRoot, process.env.EGOV_DIST_DIR ?? ".next");
const stampFile = () => path.join(distDir(), "source-hash");

async function listFiles(relative: string): Promise<string[]> {
  const absolute = path.join(projectRoot, relative);
  if (!existsSync(absolute)) return [];
  const entries = await readdir(absolute, { withFileTypes: true }).catch(() => null);
  if (!entries) return [relative]; // a file
  const nested = await Promise.all(
    entries
      .filter((entry) => !SKIP.has(entry.name) && !entry.name.endsWith(".test.ts"))
      .map((entry) => listFiles(path.join(relative, entry.name))),
  );
  return nested.flat();
}

export async function computeSourceHash(): Promise<string> {
  const files = (await Promise.all(INPUTS.map(listFiles))).flat().sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(file + "\0");
    hash.update(await readFile(path.join(projectRoot, file)));
  }
  return hash.digest("hex");
}

export async function isBuildCurrent(): Promise<boolean> {
  if (!existsSync(path.join(distDir(), "BUILD_ID")) || !existsSync(path.join(distDir(), DIRECT_ROUTES_BUNDLE)) || !existsSync(stampFile())) return false;
  return (await readFile(stampFile(), "utf8")).trim() === (await computeSourceHash());
}

/** The routes server.mjs answers without Next (lib/http/direct-routes.ts), bundled for plain Node. */
export const DIRECT_ROUTES_BUNDLE = "egov-direct-routes.mjs";

// `server-only` throws outside Next's server bundles; in this bundle, which only server.mjs
// loads, it is an empty module.
const serverOnlyIsEmpty: Plugin = {
  name: "server-only-is-empty",
  setup(build) {
    build.onResolve({ filter: /^server-only$/ }, () => ({ path: "server-only", namespace: "empty" }));
    build.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "", loader: "js" }));
  },
};

async function bundleDirectRoutes(): Promise<void> {
  await bundle({
    entryPoints: [path.join(projectRoot, "lib/http/direct-routes.ts")],
    outfile: path.join(distDir(), DIRECT_ROUTES_BUNDLE),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    // Packages are loaded from node_modules as Next loads them: one copy of pg, Prisma's runtime, zod.
    packages: "external",
    plugins: [serverOnlyIsEmpty],
    tsconfig: path.join(projectRoot, "tsconfig.json"),
    logLevel: "warning",
  });
}

export async function buildApp(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const hash = await computeSourceHash();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, "build"], {
      cwd: projectRoot,
      env: { ...env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "inherit",
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next build failed (exit code ${code})`))));
  });
  await bundleDirectRoutes();
  await writeFile(stampFile(), hash + "\n");
}

export async function ensureBuild(log: (message: string) => void): Promise<void> {
  if (await isBuildCurrent()) {
    log("production build is up to date");
    return;
  }
  log("building the production app (first start or sources changed; this takes a few minutes)...");
  await buildApp();
}
