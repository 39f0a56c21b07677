// How tests start one more production instance of the app (the same command `npm start` uses).
import { spawn, type ChildProcess } from "node:child_process";
import { projectRoot, serverScript } from "../../scripts/lib/paths";

function appServerArgs(port: number): string[] {
  return [serverScript, "--port", String(port)];
}

export function spawnAppServer(port: number, env: Record<string, string | undefined>, stdio: "ignore" | "pipe" = "ignore"): ChildProcess {
  return spawn(process.execPath, appServerArgs(port), { cwd: projectRoot, stdio, env: { ...process.env, ...env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" } });
}
