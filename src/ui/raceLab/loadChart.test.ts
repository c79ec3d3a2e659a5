import { describe, expect, it } from 'vitest';
import { loadChartLayout, pct } from './loadChart.ts';

describe('loadChartLayout', () => {
  const size = { width: 238, height: 124 };
  it('draws one bar per level, as tall as the failed share, and leaves levels not run empty', () => {
    const layout = loadChartLayout(
      [1, 2, 4],
      [
        { k: 1, requests: 4, failed: 0 },
        { k: 2, requests: 8, failed: 4 },
      ],
      size,
    );
    const [one, two, four] = layout.bars;
    expect(layout.plot).toEqual({ left: 38, top: 16, right: 230, bottom: 100 });
    expect(one).toMatchObject({ k: 1, rate: 0, height: 0, y: 100, label: '0%' });
    expect(two).toMatchObject({ k: 2, rate: 0.5, height: 42, y: 58, label: '50%' });
    expect(four).toMatchObject({ rate: null, height: 0, label: '' });
    expect(two.x - one.x).toBeCloseTo(64);
    expect(layout.ticks.map((t) => t.y)).toEqual([100, 58, 16]);
  });

  it('keeps a tiny failure share visible', () => {
    const layout = loadChartLayout([8], [{ k: 8, requests: 1000, failed: 1 }], size);
    expect(layout.bars[0].height).toBe(1.5);
  });

  it('formats shares as whole percents', () => {
    expect(pct(0.875)).toBe('88%');
  });
});
