import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const guardian = path.join(path.dirname(fileURLToPath(import.meta.url)), "guardian.mjs");

/** Watches `childPid` from a detached process; signals it if this process disappears. */
export function guardChild(childPid: number | undefined, signal: NodeJS.Signals): void {
  if (!childPid) return;
  const watcher = spawn(process.execPath, [guardian, String(process.pid), String(childPid), signal], {
    detached: true,
    stdio: "ignore",
  });
  watcher.unref();
}
