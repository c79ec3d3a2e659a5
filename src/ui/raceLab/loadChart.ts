/**
 * Layout of the load chart: one bar per level of concurrent requests (K), its height the share
 * of requests that failed. Pure, in SVG units, so it is tested without a DOM.
 */
export interface LoadDatum {
  k: number;
  requests: number;
  failed: number;
}

export interface LoadBar {
  k: number;
  /** Share of requests that failed, 0..1; null while the level has not run yet. */
  rate: number | null;
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

export interface LoadChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  bars: LoadBar[];
  ticks: { value: number; y: number }[];
}

export const LOAD_CHART_SIZE = { width: 420, height: 150 };

export function pct(rate: number): string {
  return `${Math.round(rate * 100)}%`;
}

export function loadChartLayout(
  levels: readonly number[],
  points: readonly LoadDatum[],
  size = LOAD_CHART_SIZE,
): LoadChartLayout {
  const plot = { left: 38, top: 16, right: size.width - 8, bottom: size.height - 24 };
  const slot = (plot.right - plot.left) / Math.max(1, levels.length);
  const barW = Math.min(44, slot * 0.6);
  const h = plot.bottom - plot.top;
  const bars = levels.map((k, i) => {
    const p = points.find((d) => d.k === k);
    const rate = p && p.requests > 0 ? p.failed / p.requests : null;
    const height = rate === null ? 0 : Math.max(rate > 0 ? 1.5 : 0, rate * h);
    return {
      k,
      rate,
      x: plot.left + slot * i + (slot - barW) / 2,
      y: plot.bottom - height,
      width: barW,
      height,
      label: rate === null ? '' : pct(rate),
    };
  });
  const ticks = [0, 0.5, 1].map((value) => ({ value, y: plot.bottom - value * h }));
  return { width: size.width, height: size.height, plot, bars, ticks };
}
