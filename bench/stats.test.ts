import { describe, expect, it } from 'vitest';
import { longFrames, p95, ratioInterval, stats } from './stats.ts';

describe('stats', () => {
  it('gives the median, quartiles and range', () => {
    expect(stats([5, 1, 3, 2, 4])).toEqual({ median: 3, min: 1, max: 5, p25: 2, p75: 4, n: 5 });
    expect(stats([]).n).toBe(0);
  });

  it('p95 picks the value at the 95th percentile', () => {
    expect(p95(Array.from({ length: 100 }, (_, i) => i + 1))).toBe(96);
  });

  it('longFrames counts the frames that missed a vsync, over every round', () => {
    const round = (long: number) => [...Array(100 - long).fill(16.7), ...Array(long).fill(33.3)];
    // 4% and 6% long: the p95s read 16.7 and 33.3; pooled, 5.0% of the frames were long.
    expect([p95(round(4)), p95(round(6))]).toEqual([16.7, 33.3]);
    expect(longFrames([round(4), round(6)])).toEqual({ long: 10, frames: 200, percent: 5 });
    expect(longFrames([]).frames).toBe(0);
  });
});

describe('ratioInterval', () => {
  it('is the geometric mean, with a 95% interval from t on the logarithms', () => {
    // logs ±0.1 around 0: mean 1, sd 0.1069, t(7) 2.365, half-width 0.0894.
    const r = ratioInterval([...Array(4).fill(Math.exp(0.1)), ...Array(4).fill(Math.exp(-0.1))]);
    expect(r).toEqual({
      mean: 1,
      low: Number(Math.exp(-0.0894).toFixed(3)),
      high: Number(Math.exp(0.0894).toFixed(3)),
      n: 8,
    });
  });

  it('narrows as pairs are added, around the same mean', () => {
    const pairs = (n: number) => Array.from({ length: n }, (_, i) => 1.17 * Math.exp(i % 2 ? 0.05 : -0.05));
    const few = ratioInterval(pairs(10));
    const many = ratioInterval(pairs(40));
    expect(few.mean).toBeCloseTo(1.17, 2);
    expect(many.mean).toBeCloseTo(1.17, 2);
    expect(many.high - many.low).toBeLessThan((few.high - few.low) / 1.8);
  });

  it('leaves the interval open with fewer than two usable ratios', () => {
    expect(ratioInterval([1.2])).toEqual({ mean: 1.2, low: NaN, high: NaN, n: 1 });
    expect(ratioInterval([NaN, 0]).n).toBe(0);
  });
});
