/**
 * Failures by seed: one square per seed of the batch (red: failed, green: passed, grey: not run
 * yet). A failing square replays its seed on click; keyboard users have the seed buttons below.
 * Text alternative: the figure's description lists the failing seeds as ranges.
 */
import type { BatchState } from '../../state/slices/raceLab.ts';
import { CELL, seedCell, seedGridLayout, seedRanges } from './seedGrid.ts';

export function SeedChart({
  batch,
  onReplay,
  disabled,
}: {
  batch: BatchState;
  onReplay: (seed: number) => void;
  disabled: boolean;
}) {
  const layout = seedGridLayout(batch.total);
  const failing = new Set(batch.failingSeeds);
  const cells = [];
  for (let i = 0; i < batch.total; i++) {
    const seed = batch.firstSeed + i;
    const { x, y } = seedCell(layout, i);
    const state = failing.has(seed) ? 'fail' : i < batch.done ? 'pass' : 'todo';
    cells.push(
      <rect
        key={i}
        x={x}
        y={y}
        width={CELL}
        height={CELL}
        rx={2}
        className={`rl-cell ${state}${state === 'fail' && !disabled ? ' clickable' : ''}`}
        onClick={state === 'fail' && !disabled ? () => onReplay(seed) : undefined}
      >
        <title>{`seed ${seed}: ${state === 'fail' ? 'failed (click to replay)' : state === 'pass' ? 'passed' : 'not run yet'}`}</title>
      </rect>,
    );
  }
  const description =
    batch.failingSeeds.length === 0
      ? `No seed failed out of ${batch.done}.`
      : `${batch.failingSeeds.length} of ${batch.done} seeds failed: ${seedRanges(batch.failingSeeds).slice(0, 400)}.`;
  return (
    <figure className="rl-figure">
      <svg
        className="rl-seed-chart"
        data-testid="seed-chart"
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-label={`Failures by seed. ${description}`}
      >
        {cells}
      </svg>
      <figcaption className="rl-legend rl-small muted">
        <span>
          <span className="rl-dot bad" aria-hidden="true" /> failed
        </span>
        <span>
          <span className="rl-dot ok" aria-hidden="true" /> passed
        </span>
        <span>one square per seed, {batch.firstSeed} at the top left</span>
      </figcaption>
    </figure>
  );
}
