import { describe, expect, it } from 'vitest';
import { CELL, GAP, seedCell, seedGridLayout, seedRanges } from './seedGrid.ts';

describe('seedGridLayout', () => {
  it('keeps the cell size of a 100-seed batch for 10 seeds, and 50 columns for 1000', () => {
    expect(seedGridLayout(10)).toEqual({ cols: 25, rows: 1, width: 25 * (CELL + GAP) - GAP, height: CELL });
    expect(seedGridLayout(100).rows).toBe(4);
    expect(seedGridLayout(1000)).toMatchObject({ cols: 50, rows: 20 });
    expect(seedGridLayout(0).rows).toBe(1);
  });

  it('places seeds row by row', () => {
    const layout = seedGridLayout(100);
    expect(seedCell(layout, 0)).toEqual({ x: 0, y: 0 });
    expect(seedCell(layout, 24)).toEqual({ x: 24 * (CELL + GAP), y: 0 });
    expect(seedCell(layout, 25)).toEqual({ x: 0, y: CELL + GAP });
  });
});

describe('seedRanges', () => {
  it('groups consecutive seeds', () => {
    expect(seedRanges([9, 3, 4, 5, 12, 13, 14])).toBe('3–5, 9, 12–14');
    expect(seedRanges([])).toBe('');
  });
});
