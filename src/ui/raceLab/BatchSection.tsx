/** Run ×N: the snippet with seeds 1..N in the worker, progress and Cancel, then the result. */
import { useApp } from '../../state/store.ts';
import { BATCH_SIZES, raceLabBusy, withJitter } from '../../state/slices/raceLab.ts';
import { cancelRaceLab, runBatchCurrent } from '../../state/raceLabController.ts';
import { fmtLatency } from './format.ts';
import { BatchResult } from './BatchResult.tsx';

export function BatchSection() {
  const size = useApp((s) => s.batchSize);
  const setSize = useApp((s) => s.setBatchSize);
  const settings = useApp((s) => s.settings);
  const lessonId = useApp((s) => s.lessonId);
  const batch = useApp((s) => (s.batch?.lessonId === s.lessonId ? s.batch : null));
  const busy = useApp((s) => raceLabBusy(s) || s.runStatus === 'running');
  const running = batch?.status === 'running';
  const jittered = withJitter(settings);
  return (
    <section className="rl-section" aria-labelledby="rl-batch-title">
      <h3 id="rl-batch-title" className="rl-h">
        Run many times
      </h3>
      <p className="rl-note muted">
        {settings.jitterMs > 0
          ? `Each run draws its own latencies (${fmtLatency(jittered)}) from its seed.`
          : `Jitter is 0, so every seed would give the same run: batches use ${fmtLatency(jittered)}.`}
      </p>
      <div className="rl-row">
        <label className="rl-field">
          <span>Runs</span>
          <select
            value={size}
            onChange={(e) => setSize(Number(e.target.value))}
            disabled={running}
            data-testid="batch-size"
          >
            {BATCH_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="btn btn-primary btn-sm"
          data-testid="run-many"
          onClick={() => void runBatchCurrent(size)}
          disabled={busy || !lessonId}
        >
          Run ×{size}
        </button>
        <span className="muted rl-small">seeds 1–{size}</span>
      </div>
      {running && batch && (
        <div className="rl-progress-row">
          <progress
            className="rl-progress"
            data-testid="batch-progress"
            max={batch.total}
            value={batch.done}
            aria-label="Batch progress"
            aria-valuetext={`${batch.done} of ${batch.total} runs, ${batch.failures} failed`}
          />
          <span className="rl-small" aria-live="off">
            {batch.done}/{batch.total} · {batch.failures} failed
          </span>
          <button
            type="button"
            className="btn btn-sm btn-danger"
            data-testid="batch-cancel"
            onClick={cancelRaceLab}
          >
            Cancel
          </button>
        </div>
      )}
      {batch && <BatchResult batch={batch} />}
    </section>
  );
}
