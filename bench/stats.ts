/** The bench's summaries: medians and spreads, and an interval for the mean of paired ratios. */

export interface Stats {
  median: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
  n: number;
}

const round2 = (n: number) => Number(n.toFixed(2));
const round3 = (n: number) => Number(n.toFixed(3));

export function stats(values: number[]): Stats {
  const s = [...values].sort((a, b) => a - b);
  if (!s.length) return { median: NaN, min: NaN, max: NaN, p25: NaN, p75: NaN, n: 0 };
  const q = (p: number) => {
    const i = (s.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return s[lo] + (s[hi] - s[lo]) * (i - lo);
  };
  return {
    median: round2(q(0.5)),
    min: round2(s[0]),
    max: round2(s[s.length - 1]),
    p25: round2(q(0.25)),
    p75: round2(q(0.75)),
    n: s.length,
  };
}

export function p95(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))] ?? NaN;
}

/** Frames that took longer than a 60 Hz frame and a half (a missed vsync), pooled over rounds. */
export interface LongFrames {
  long: number;
  frames: number;
  /** long ÷ frames, in percent (one decimal). */
  percent: number;
}

/**
 * Pools rAF intervals of several rounds. A p95 of 16.7 ms turns into 33.3 ms as soon as more than
 * 5% of a round's frames miss a vsync: near that point the p95 flips between rounds while the
 * share of long frames, which this reports, moves by a point or so.
 */
export function longFrames(rounds: number[][], overMs = 25): LongFrames {
  const all = rounds.flat();
  const long = all.filter((d) => d > overMs).length;
  return {
    long,
    frames: all.length,
    percent: all.length ? Math.round((1000 * long) / all.length) / 10 : NaN,
  };
}

/** A geometric mean with its 95% confidence interval. */
export interface RatioInterval {
  mean: number;
  low: number;
  high: number;
  n: number;
}

/**
 * The geometric mean of paired ratios (app ÷ bare, one per interleaved pair) and its 95%
 * interval, from Student's t on the logarithms. A median of 20 noisy pairs moves by several
 * hundredths between two runs of the same build; the interval says how far from a target a
 * figure really is.
 */
export function ratioInterval(ratios: number[]): RatioInterval {
  const logs = ratios.filter((r) => r > 0 && Number.isFinite(r)).map(Math.log);
  const n = logs.length;
  if (n < 2) return { mean: n ? round3(Math.exp(logs[0])) : NaN, low: NaN, high: NaN, n };
  const m = logs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(logs.reduce((a, b) => a + (b - m) ** 2, 0) / (n - 1));
  const half = tQuantile975(n - 1) * (sd / Math.sqrt(n));
  return { mean: round3(Math.exp(m)), low: round3(Math.exp(m - half)), high: round3(Math.exp(m + half)), n };
}

/** Student's t 0.975 quantile: exact values for small samples, then a Cornish-Fisher expansion. */
function tQuantile975(df: number): number {
  const table = [NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228];
  if (df < table.length) return table[df];
  const z = 1.959964;
  return z + (z ** 3 + z) / (4 * df) + (5 * z ** 5 + 16 * z ** 3 + 3 * z) / (96 * df ** 2);
}
