/**
 * A batch's result (live while it runs): the failure rate, the outcomes and exceptions, the
 * seed chart, and one replay button per failing seed.
 */
import { raceLabBusy, type BatchState } from '../../state/slices/raceLab.ts';
import { findLesson } from '../../state/lessons.ts';
import { currentCode } from '../../state/slices/workspaceSlice.ts';
import { replay } from '../../state/raceLabController.ts';
import { useApp } from '../../state/store.ts';
import { fmtLatency, fmtThroughput } from './format.ts';
import { pct } from './loadChart.ts';
import { SeedChart } from './SeedChart.tsx';

export function BatchResult({ batch }: { batch: BatchState }) {
  const busy = useApp((s) => s.runStatus === 'running' || raceLabBusy(s));
  const edited = useApp(
    (s) =>
      currentCode(s, findLesson(batch.lessonId) ?? { starter: batch.code, solutions: [], csharp: {} }) !==
      batch.code,
  );
  const { summary } = batch;
  const rate = batch.done ? batch.failures / batch.done : 0;
  const status =
    batch.status === 'cancelled'
      ? `Cancelled after ${batch.done} runs.`
      : batch.status === 'failed'
        ? `The batch stopped: ${batch.error}`
        : null;
  return (
    <div className="rl-result" aria-busy={batch.status === 'running'}>
      <div className="rl-rate-row">
        <p
          className={`rl-rate${batch.failures ? ' bad' : ' good'}`}
          data-testid="failure-rate"
          data-rate={rate.toFixed(4)}
          data-done={batch.done}
          data-status={batch.status}
        >
          <strong>{pct(rate)}</strong> failed
        </p>
        <p className="rl-small muted">
          {batch.failures} of {batch.done} runs{batch.status === 'running' ? ' so far' : ''} ·{' '}
          {fmtLatency(batch.settings)} · seeds {batch.firstSeed}–{batch.firstSeed + batch.total - 1}
          {batch.status === 'done' && <> · {fmtThroughput(batch.done, batch.elapsedMs)} in the worker</>}
        </p>
      </div>
      {status && (
        <p className="rl-small rl-warn" role="status">
          {status}
        </p>
      )}
      {summary && (
        <table className="rl-table">
          <caption className="sr-only">Outcomes of the batch</caption>
          <thead>
            <tr>
              <th scope="col">Outcome</th>
              <th scope="col">Where</th>
              <th scope="col" className="num">
                Runs
              </th>
              <th scope="col" className="num">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>
                <span className="rl-dot ok" aria-hidden="true" /> ok
              </td>
              <td className="muted">no failure</td>
              <td className="num">{summary.runs - summary.failures}</td>
              <td className="num">{pct((summary.runs - summary.failures) / Math.max(1, summary.runs))}</td>
            </tr>
            {summary.byException.map((g) => (
              <tr key={`${g.type}@${g.line}`}>
                <td>
                  <span className="rl-dot bad" aria-hidden="true" /> {g.type}
                </td>
                <td className="muted">{g.line === null ? '–' : `line ${g.line}`}</td>
                <td className="num">{g.count}</td>
                <td className="num">{pct(g.count / Math.max(1, summary.runs))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SeedChart
        batch={batch}
        onReplay={(seed) => void replay({ ...batch.settings, seed })}
        disabled={busy}
      />
      {batch.failingSeeds.length > 0 && (
        <div className="rl-seeds-block">
          <p className="rl-small muted" id="rl-seeds-label">
            Replay a failing seed on the timeline
            {edited ? ' (the code has changed since this batch, so the replay may differ)' : ''}:
          </p>
          <ul className="rl-seeds" aria-labelledby="rl-seeds-label">
            {batch.failingSeeds.map((seed) => (
              <li key={seed}>
                <button
                  type="button"
                  className="rl-seed"
                  data-testid="failing-seed"
                  data-seed={seed}
                  disabled={busy}
                  onClick={() => void replay({ ...batch.settings, seed })}
                >
                  {seed}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
