/** Page numbers around the current one, the first and last always reachable; "gap" marks a jump. */
export function pageWindow(page: number, pageCount: number, radius = 2): Array<number | "gap"> {
  const pages = new Set([1, pageCount]);
  for (let p = page - radius; p <= page + radius; p++) if (p >= 1 && p <= pageCount) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((p, i) => (i > 0 && p - sorted[i - 1]! > 1 ? (["gap", p] as const) : [p]));
}
