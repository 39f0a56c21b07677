// Pure geometry of an indicator's history chart, so the SVG component only draws.

export type ChartValue = { on: Date; value: number };

/** Share of the way from the baseline (0 when unknown) to the target, between 0 and 1. */
export function progressTowardTarget({ current, target, baseline }: { current: number | null; target: number; baseline: number | null }): number | null {
  if (current === null) return null;
  const start = baseline ?? 0;
  // A target equal to its baseline is reached or not: there is no distance to measure.
  if (target === start) return current >= target ? 1 : 0;
  return Math.min(1, Math.max(0, (current - start) / (target - start)));
}

/** A round axis maximum and step (1, 2, 2.5 or 5 times a power of ten) for about four ticks. */
export function niceScale(max: number, tickCount = 4): { max: number; step: number } {
  if (!(max > 0)) return { max: 1, step: 1 };
  const raw = max / tickCount;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  return { max: Math.ceil(max / step - 1e-9) * step, step };
}

export type ChartLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: Array<ChartValue & { x: number; y: number }>;
  target: ChartValue & { x: number; y: number };
  yTicks: Array<{ value: number; y: number }>;
  xTicks: Array<{ on: Date; x: number }>;
};

const DAY_MS = 86_400_000;

/**
 * Places the observed values (oldest first) and the target on a time axis running from
 * the first observation to the later of the last observation and the target date, and a
 * value axis from 0 to a round number above the largest value or target.
 */
export function layoutIndicatorChart({
  values,
  target,
  width = 640,
  height = 280,
}: {
  values: ChartValue[];
  target: ChartValue;
  width?: number;
  height?: number;
}): ChartLayout {
  const plot = { left: 56, right: width - 24, top: 24, bottom: height - 40 };
  const times = [...values.map((v) => v.on.getTime()), target.on.getTime()];
  let start = Math.min(...times);
  let end = Math.max(...times);
  if (end - start < DAY_MS) {
    // One date only: give it some room so it sits in the middle.
    start -= 30 * DAY_MS;
    end += 30 * DAY_MS;
  }
  const { max, step } = niceScale(Math.max(target.value, ...values.map((v) => v.value)));
  const x = (date: Date) => plot.left + ((date.getTime() - start) / (end - start)) * (plot.right - plot.left);
  const y = (value: number) => plot.bottom - (Math.max(0, value) / max) * (plot.bottom - plot.top);
  const yTicks = Array.from({ length: Math.round(max / step) + 1 }, (_, i) => ({ value: i * step, y: y(i * step) }));
  const tickDates = new Map<number, Date>();
  for (const date of [values[0]?.on, values.at(-1)?.on, target.on]) if (date) tickDates.set(date.getTime(), date);
  return {
    width,
    height,
    plot,
    points: values.map((v) => ({ ...v, x: x(v.on), y: y(v.value) })),
    target: { ...target, x: x(target.on), y: y(target.value) },
    yTicks,
    xTicks: [...tickDates.values()].sort((a, b) => a.getTime() - b.getTime()).map((on) => ({ on, x: x(on) })),
  };
}
