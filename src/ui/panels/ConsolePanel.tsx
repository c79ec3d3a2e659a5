/** console output of the snippet, up to the playhead. */
import type { Run } from '../../runner/types.ts';
import { consoleUpTo } from './playheadView.ts';

export function ConsolePanel({ run, cursor }: { run: Run | null; cursor: number }) {
  if (!run) return <p className="empty">console.log output appears here.</p>;
  const lines = consoleUpTo(run, cursor);
  if (lines.length === 0)
    return (
      <p className="empty">No console output {run.console.length ? 'yet at this point' : 'in this run'}.</p>
    );
  return (
    <ol className="console">
      {lines.map((l) => (
        <li key={l.seq} className={`console-line level-${l.level}`}>
          <span className="console-t">{l.t} ms</span>
          <span className="console-text">{l.text}</span>
          {l.line && <span className="console-src">line {l.line}</span>}
        </li>
      ))}
    </ol>
  );
}
