/** Play/pause, step back/forward, scrub (by event), speed, time readout, and what is happening now. */
import type { Run } from '../../runner/types.ts';
import { useApp } from '../../state/store.ts';
import { SPEEDS, runEnd } from '../../state/playback.ts';
import { Icon } from '../shell/Icon.tsx';
import { describeEvent, type OpIndex } from '../trace/describeEvent.ts';
import { fmtMs } from './geometry.ts';
import { runVerdict } from '../../runner/verdict.ts';

export function TimelineControls({ run, ops }: { run: Run; ops: OpIndex }) {
  const pos = useApp((s) => s.pos);
  const playing = useApp((s) => s.playing);
  const speed = useApp((s) => s.speed);
  const revealed = useApp((s) => s.revealed);
  const { togglePlay, stepNext, stepPrev, seekEvent, setSpeed, skipToResult } = useApp.getState();
  const ev = pos.cursor >= 0 ? run.trace[pos.cursor] : null;
  const last = run.trace.length - 1;
  const verdict = runVerdict(run);
  const alarm =
    ev &&
    (ev.type === 'collision' ||
      ev.type === 'identity-conflict' ||
      ev.type === 'exception' ||
      (ev.type === 'run-end' && verdict.failed));
  return (
    <div className="tl-controls">
      <div className="tl-buttons">
        <button
          type="button"
          className="btn btn-sm btn-icon"
          aria-label="Previous event (Alt+←)"
          title="Previous event (Alt+←)"
          onClick={stepPrev}
          disabled={pos.cursor < 0}
          data-testid="step-prev"
        >
          <Icon name="stepPrev" />
        </button>
        <button
          type="button"
          className="btn btn-sm btn-icon btn-play"
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause' : 'Play'}
          onClick={togglePlay}
          data-testid="play"
        >
          <Icon name={playing ? 'pause' : 'play'} />
        </button>
        <button
          type="button"
          className="btn btn-sm btn-icon"
          aria-label="Next event (Alt+→)"
          title="Next event (Alt+→)"
          onClick={stepNext}
          disabled={pos.cursor >= last}
          data-testid="step-next"
        >
          <Icon name="stepNext" />
        </button>
      </div>
      <input
        type="range"
        className="tl-scrub"
        min={-1}
        max={last}
        step={1}
        value={pos.cursor}
        onChange={(e) => seekEvent(Number(e.target.value))}
        aria-label="Playhead (event)"
        aria-valuetext={
          ev
            ? `Event ${pos.cursor + 1} of ${last + 1} at ${fmtMs(ev.t)}: ${describeEvent(ev, ops, verdict.headline)}`
            : 'Before the first event'
        }
        data-testid="scrubber"
      />
      <span className="tl-time" data-testid="playhead-time">
        {fmtMs(pos.time)} <span className="muted">/ {fmtMs(runEnd(run))}</span>
      </span>
      {!revealed && (
        <button
          type="button"
          className="btn btn-sm"
          onClick={skipToResult}
          data-testid="skip-to-result"
          title="Show the end of the run and its result now"
        >
          Skip to result
        </button>
      )}
      <label className="tl-speed">
        <span className="sr-only">Playback speed</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} data-testid="speed">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
      </label>
      <p className={`tl-caption${alarm ? ' alarm' : ''}`} aria-live="polite" data-testid="current-event">
        {ev ? (
          <>
            <span className="tl-caption-step">
              {pos.cursor + 1}/{last + 1}
            </span>
            {describeEvent(ev, ops, verdict.headline)}
          </>
        ) : (
          <span className="muted">Press play or step to replay the run.</span>
        )}
      </p>
    </div>
  );
}
