/** The run's exception (.NET-style message and stack), unobserved failures, and what happened. */
import type { ExceptionInfo, Run } from '../../runner/types.ts';
import { explainRun } from '../trace/explainRun.ts';
import { revealLine } from '../editor/editorBridge.ts';
import { fullTypeName } from '../trace/exceptionName.ts';
import { runVerdict } from '../../runner/verdict.ts';

function ExceptionBlock({
  ex,
  unobserved,
  label,
}: {
  ex: ExceptionInfo;
  unobserved: boolean;
  label?: string;
}) {
  return (
    <div className={`ex-block${unobserved ? ' unobserved' : ''}`}>
      <div className="ex-head">
        <span className={`ex-type`}>
          {label ?? (unobserved ? 'Unobserved · ' : '')}
          {fullTypeName(ex)}
        </span>
        {ex.line && (
          <button type="button" className="btn btn-sm" onClick={() => revealLine(ex.line!)}>
            line {ex.line}
          </button>
        )}
      </div>
      <p className="ex-message">{ex.message}</p>
      <pre className="ex-stack">{ex.stack}</pre>
    </div>
  );
}

export function ExceptionPanel({ run, runError }: { run: Run | null; runError: string | null }) {
  if (runError) {
    return (
      <div className="ex-block stopped" data-state="stopped">
        <div className="ex-head">
          <span className="ex-type">Run stopped</span>
        </div>
        <p className="ex-message">{runError}</p>
      </div>
    );
  }
  if (!run)
    return <p className="empty">Run the code: if it throws, the exception and an explanation appear here.</p>;
  if (run.outcome === 'stopped' && !run.exception) {
    return (
      <div className="ex-block stopped" data-state="stopped">
        <div className="ex-head">
          <span className="ex-type">Run stopped</span>
        </div>
        <p className="ex-message">{run.stopReason ?? 'The run did not finish.'}</p>
        {run.diagnostics.length > 0 && (
          <ul className="ex-diags">
            {run.diagnostics.map((d, i) => (
              <li key={i}>
                <button type="button" className="btn btn-sm" onClick={() => revealLine(d.line)}>
                  line {d.line}:{d.column}
                </button>{' '}
                {d.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  }
  const story = explainRun(run);
  // The one verdict (src/runner/verdict.ts): never "completed cleanly" when anything failed.
  const verdict = runVerdict(run);
  if (verdict.kind === 'clean' || verdict.kind === 'handled') {
    return (
      <div className="ex-ok" data-state={verdict.kind === 'clean' ? 'ok' : 'handled'}>
        <strong>{verdict.kind === 'clean' ? 'No exception.' : 'No exception escaped.'}</strong>{' '}
        <span data-testid="run-verdict">{verdict.headline}</span>
      </div>
    );
  }
  return (
    <div data-state={verdict.kind}>
      <p className="ex-verdict" data-testid="run-verdict">
        {verdict.headline}
      </p>
      {story && (
        <div className="ex-story">
          <h3>What happened</h3>
          <p data-testid="what-happened">{story}</p>
        </div>
      )}
      {run.exception && <ExceptionBlock ex={run.exception} unobserved={false} />}
      {verdict.failedRequests.map(
        (r) =>
          r.exception && (
            <ExceptionBlock
              key={`r${r.id}`}
              ex={r.exception}
              unobserved={false}
              label={`Request #${r.id} · ${r.status} · `}
            />
          ),
      )}
      {run.unobserved.map((ex, i) => (
        <ExceptionBlock key={i} ex={ex} unobserved />
      ))}
      {verdict.unseenCollisions.map(
        (c) =>
          c.exception && (
            <ExceptionBlock key={`c${c.op.id}`} ex={c.exception} unobserved label="Out of sight · " />
          ),
      )}
    </div>
  );
}
