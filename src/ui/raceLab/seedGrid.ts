/**
 * Layout of the "failures by seed" chart: one square per seed of a batch, in rows, in abstract
 * SVG units (the SVG scales to its card). Up to 100 seeds get 25 columns, more get 50, so a
 * 10-seed batch keeps the cell size of a 100-seed one.
 */
export const CELL = 10;
export const GAP = 2;

export interface SeedGridLayout {
  cols: number;
  rows: number;
  width: number;
  height: number;
}

export function seedGridLayout(count: number): SeedGridLayout {
  const cols = count > 100 ? 50 : 25;
  const rows = Math.max(1, Math.ceil(count / cols));
  return { cols, rows, width: cols * (CELL + GAP) - GAP, height: rows * (CELL + GAP) - GAP };
}

/** Top-left corner of the `index`-th seed's cell. */
export function seedCell(layout: SeedGridLayout, index: number): { x: number; y: number } {
  return { x: (index % layout.cols) * (CELL + GAP), y: Math.floor(index / layout.cols) * (CELL + GAP) };
}

/** Seeds grouped in runs of consecutive numbers, for a short text alternative ("3–5, 9, 12–14"). */
export function seedRanges(seeds: readonly number[]): string {
  const sorted = [...seeds].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}–${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}
