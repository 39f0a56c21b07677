/** Layout of the roadmap timeline: pure arithmetic, unit-tested, rendered as SVG by the page. */
export type TimelineInput = {
  slug: string;
  plannedStartOn: Date | null;
  plannedEndOn: Date | null;
  actualStartOn: Date | null;
  actualEndOn: Date | null;
};

export type Bar = { x: number; width: number };
export type TimelineRow = { slug: string; planned: Bar | null; actual: Bar | null };
export type Timeline = { start: Date; end: Date; years: Array<{ year: number; x: number }>; rows: TimelineRow[] };

/**
 * Maps dates to x positions in [0, width]. A bar with one known end is drawn up to `today`
 * (started, not finished) or as a thin mark; projects without any date get no bar.
 * In right-to-left pages the axis is mirrored so time runs in the reading direction.
 */
export function layoutTimeline(items: TimelineInput[], width: number, today: Date, rtl = false): Timeline | null {
  const dates = items.flatMap((i) => [i.plannedStartOn, i.plannedEndOn, i.actualStartOn, i.actualEndOn]).filter((d): d is Date => d !== null);
  if (dates.length === 0) return null;
  const min = Math.min(...dates.map((d) => d.getTime()));
  const max = Math.max(...dates.map((d) => d.getTime()));
  const start = new Date(Date.UTC(new Date(min).getUTCFullYear(), 0, 1));
  const end = new Date(Date.UTC(new Date(max).getUTCFullYear() + 1, 0, 1));
  const span = end.getTime() - start.getTime();
  const x = (date: Date) => {
    const ratio = (date.getTime() - start.getTime()) / span;
    return (rtl ? 1 - ratio : ratio) * width;
  };
  const bar = (from: Date | null, to: Date | null, openEnd: Date | null): Bar | null => {
    const a = from ?? to;
    const b = to ?? (from && openEnd && openEnd > from ? new Date(Math.min(openEnd.getTime(), end.getTime())) : from);
    if (!a || !b) return null;
    const [x1, x2] = [x(a), x(b)].sort((p, q) => p - q) as [number, number];
    return { x: x1, width: Math.max(2, x2 - x1) };
  };
  const years: Array<{ year: number; x: number }> = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) years.push({ year, x: x(new Date(Date.UTC(year, 0, 1))) });
  return {
    start,
    end,
    years,
    rows: items.map((i) => ({
      slug: i.slug,
      planned: bar(i.plannedStartOn, i.plannedEndOn, null),
      actual: bar(i.actualStartOn, i.actualEndOn, today),
    })),
  };
}
