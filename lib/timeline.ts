/** Layout of the roadmap timeline: pure arithmetic, unit-tested, drawn with CSS by the page. */
export type TimelineInput = {
  slug: string;
  plannedStartOn: Date | null;
  plannedEndOn: Date | null;
  actualStartOn: Date | null;
  actualEndOn: Date | null;
};

/** Offset and length along the time axis, in percent; a point is a date without a period. */
export type Bar = { offset: number; length: number; isPoint: boolean };
export type TimelineRow = { slug: string; planned: Bar | null; actual: Bar | null };
export type Timeline = { start: Date; end: Date; years: Array<{ year: number; offset: number }>; rows: TimelineRow[] };

/**
 * Maps dates to positions on a whole-year axis. A started, unfinished period runs to
 * `today`; a single known date is a point; a project without dates gets no mark.
 * Positions are from the start of the reading direction (CSS inset-inline-start), so
 * right-to-left pages mirror the axis without special cases.
 */
export function layoutTimeline(items: TimelineInput[], today: Date): Timeline | null {
  const dates = items.flatMap((i) => [i.plannedStartOn, i.plannedEndOn, i.actualStartOn, i.actualEndOn]).filter((d): d is Date => d !== null);
  if (dates.length === 0) return null;
  // A period still running reaches today: the axis must too, or it would look finished.
  if (items.some((i) => i.actualStartOn && !i.actualEndOn && today > i.actualStartOn)) dates.push(today);
  const min = Math.min(...dates.map((d) => d.getTime()));
  const max = Math.max(...dates.map((d) => d.getTime()));
  const start = new Date(Date.UTC(new Date(min).getUTCFullYear(), 0, 1));
  const end = new Date(Date.UTC(new Date(max).getUTCFullYear() + 1, 0, 1));
  const span = end.getTime() - start.getTime();
  const at = (date: Date) => ((Math.min(Math.max(date.getTime(), start.getTime()), end.getTime()) - start.getTime()) / span) * 100;

  const bar = (from: Date | null, to: Date | null, runsToToday: boolean): Bar | null => {
    const until = to ?? (runsToToday && from && today > from ? today : null);
    if (from && until) return { offset: at(from), length: Math.max(0.5, at(until) - at(from)), isPoint: false };
    const only = from ?? to;
    return only ? { offset: at(only), length: 0, isPoint: true } : null;
  };
  const years: Array<{ year: number; offset: number }> = [];
  for (let year = start.getUTCFullYear(); year <= end.getUTCFullYear(); year++) years.push({ year, offset: at(new Date(Date.UTC(year, 0, 1))) });
  return {
    start,
    end,
    years,
    rows: items.map((i) => ({
      slug: i.slug,
      planned: bar(i.plannedStartOn, i.plannedEndOn, false),
      actual: bar(i.actualStartOn, i.actualEndOn, true),
    })),
  };
}
