import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root (the folder holding package.json), whatever the current directory. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const nextBin = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
/** The production server: Next behind our headers, origin check, logs and shutdown (server.mjs). */
export const serverScript = path.join(projectRoot, "server.mjs");
