/**
 * Load: the snippet as K concurrent simulated requests (each with its own scope and `db`; a
 * request that throws answers 500), swept over K = 1…16, charted from real runs. Offered only in
 * lessons flagged `load: true` (the failure rate changes with K there: loadOffer.test.ts).
 */
import { useApp } from '../../state/store.ts';
import { LOAD_LEVELS, LOAD_SEEDS, raceLabBusy } from '../../state/slices/raceLab.ts';
import { cancelRaceLab, replay, runLoadSweep } from '../../state/raceLabController.ts';
import { findLesson } from '../../state/lessons.ts';
import { fmtLatency } from './format.ts';
import { LoadChart } from './LoadChart.tsx';

export function LoadSection() {
  const load = useApp((s) => (s.load?.lessonId === s.lessonId ? s.load : null));
  const busy = useApp((s) => raceLabBusy(s) || s.runStatus === 'running');
  const running = load?.status === 'running';
  const offered = useApp((s) => findLesson(s.lessonId)?.load === true);
  if (!offered) return null;
  return (
    <section className="rl-section" aria-labelledby="rl-load-title">
      <h3 id="rl-load-title" className="rl-h">
        Under load
      </h3>
      <p className="rl-note muted" data-testid="load-explain">
        Runs your code as K requests at once, each with its own scope and its own <code>db</code>; a request
        that throws answers 500. K = 1 is one request on its own, as Run does. If the failure rate climbs with
        K, the requests share something they should not, such as a singleton context. If it stays flat, each
        request stands alone and load changes nothing.
      </p>
      <div className="rl-row">
        <button
          type="button"
          className="btn btn-sm"
          data-testid="load-sweep"
          onClick={() => void runLoadSweep()}
          disabled={busy}
        >
          Sweep K = {LOAD_LEVELS.join(', ')}
        </button>
        <span className="muted rl-small">{LOAD_SEEDS} seeds per K</span>
        {running && (
          <button
            type="button"
            className="btn btn-sm btn-danger"
            data-testid="load-cancel"
            onClick={cancelRaceLab}
          >
            Cancel
          </button>
        )}
      </div>
      {load && (
        <>
          <LoadChart
            levels={load.levels}
            points={load.points}
            caption={`${fmtLatency(load.settings)}, seeds 1–${LOAD_SEEDS}`}
          />
          {load.status === 'cancelled' && <p className="rl-small rl-warn">Cancelled.</p>}
          {load.status === 'failed' && <p className="rl-small rl-warn">The sweep stopped: {load.error}</p>}
          <div className="rl-row rl-wrap">
            <span className="rl-small muted">Show on the timeline:</span>
            {load.levels.map((k) => (
              <button
                key={k}
                type="button"
                className="btn btn-sm"
                disabled={busy}
                data-testid="load-show"
                data-k={k}
                onClick={() => void replay({ ...load.settings, seed: 1 }, k)}
                aria-label={`Run once with ${k} concurrent request${k > 1 ? 's' : ''} and show it on the timeline`}
              >
                K={k}
              </button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
