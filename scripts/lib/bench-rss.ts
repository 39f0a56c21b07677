// Resident memory of a process and its descendants, sampled while the benchmark runs (Linux /proc).
import { readdirSync, readFileSync } from "node:fs";

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Field 4 is the parent pid; the command name (field 2) may hold spaces, hence lastIndexOf.
      const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (parent === pid) children.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function rssOf(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((candidate) => candidate.startsWith("VmRSS:"));
    return line ? Number(line.replace(/\D+/g, "")) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRss(pid: number): number {
  return rssOf(pid) + childrenOf(pid).reduce((sum, child) => sum + treeRss(child), 0);
}

/**
 * Samples every 500 ms until stop(), which returns the maximum seen, in bytes; peakSinceLast()
 * gives the maximum since its previous call (the peak of one route's load).
 */
export function sampleTreeRss(pid: number): { stop: () => number; peakSinceLast: () => number } {
  let max = treeRss(pid);
  let recent = max;
  const timer = setInterval(() => {
    const now = treeRss(pid);
    max = Math.max(max, now);
    recent = Math.max(recent, now);
  }, 500);
  return {
    stop: () => {
      clearInterval(timer);
      return max;
    },
    peakSinceLast: () => {
      const peak = Math.max(recent, treeRss(pid));
      recent = 0;
      return peak;
    },
  };
}
