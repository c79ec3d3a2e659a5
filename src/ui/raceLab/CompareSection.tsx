/**
 * Pin one run, then compare it with the latest run (e.g. the starter, then a fix): the two
 * timelines one above the other on one time scale, and the figures behind a disclosure.
 */
import { useEffect, useRef } from 'react';
import { useApp } from '../../state/store.ts';
import { codeLabel, pinLatestRun } from '../../state/raceLabController.ts';
import { findLesson } from '../../state/lessons.ts';
import { compareRuns } from './compareRuns.ts';
import { CompareTimelines } from './CompareTimelines.tsx';
import { fmtSettings } from './format.ts';

export function CompareSection() {
  const run = useApp((s) => s.run);
  const runLabel = useApp((s) => codeLabel(findLesson(s.lessonId), s.runCode));
  const pinned = useApp((s) => s.pinned);
  const pin = useApp((s) => s.pin);
  const same = pinned !== null && pinned.run === run;
  const ref = useRef<HTMLElement>(null);
  // A new run to compare with the pinned one: bring the comparison into view.
  useEffect(() => {
    if (pinned && run && pinned.run !== run) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [pinned, run]);
  return (
    <section className="rl-section" aria-labelledby="rl-compare-title" ref={ref}>
      <h3 id="rl-compare-title" className="rl-h">
        Compare two runs
      </h3>
      <div className="rl-row">
        <button
          type="button"
          className="btn btn-sm"
          data-testid="pin-run"
          onClick={pinLatestRun}
          disabled={!run || same}
          aria-pressed={same}
        >
          {same ? 'Pinned' : pinned ? 'Pin the latest run instead' : 'Pin the latest run'}
        </button>
        {pinned && (
          <button type="button" className="btn btn-sm btn-ghost" onClick={() => pin(null)}>
            Unpin
          </button>
        )}
      </div>
      {!pinned && (
        <p className="rl-note muted">
          Pin a run (say the starter), change the code or the settings, run again, and compare.
        </p>
      )}
      {pinned && (
        <div data-testid="compare" data-same={same}>
          {same || !run ? (
            <p className="rl-note muted">
              Pinned. Now change something (apply a fix, raise the latency) and press Run.
            </p>
          ) : (
            <>
              <CompareTimelines
                runs={[
                  { role: 'Pinned', label: pinned.label, run: pinned.run },
                  { role: 'Latest', label: runLabel, run },
                ]}
              />
              <details className="rl-figures">
                <summary>The figures</summary>
                <table className="rl-table rl-compare">
                  <caption className="sr-only">The pinned run and the latest run</caption>
                  <thead>
                    <tr>
                      <th scope="col" />
                      <th scope="col">
                        Pinned <span className="rl-col-sub">{pinned.label}</span>
                        <span className="rl-col-sub">{fmtSettings(pinned.run.settings)}</span>
                      </th>
                      <th scope="col">
                        Latest <span className="rl-col-sub">{runLabel}</span>
                        <span className="rl-col-sub">{fmtSettings(run.settings)}</span>
                      </th>
                      <th scope="col" className="num">
                        Change
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {compareRuns(pinned.run, run).map((r) => (
                      <tr key={r.label}>
                        <th scope="row">{r.label}</th>
                        <td>{r.pinned}</td>
                        <td>{r.latest}</td>
                        <td className={`num rl-delta ${r.tone}`}>
                          {r.delta ||
                            (r.tone === 'same'
                              ? '='
                              : r.tone === 'better'
                                ? 'better'
                                : r.tone === 'worse'
                                  ? 'worse'
                                  : '≠')}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </details>
            </>
          )}
        </div>
      )}
    </section>
  );
}
