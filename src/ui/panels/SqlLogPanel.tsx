/** SQL sent up to the playhead, in EF Core's log format (RelationalEventId.CommandExecuted). */
import type { Run } from '../../runner/types.ts';
import { sqlUpTo } from './playheadView.ts';

export function SqlLogPanel({ run, cursor }: { run: Run | null; cursor: number }) {
  if (!run) return <p className="empty">The SQL that EF Core sends appears here, as its logger prints it.</p>;
  const shown = sqlUpTo(run, cursor);
  const later = run.sql.length - shown.length;
  return (
    <div className="log">
      {shown.length === 0 && <p className="empty">No SQL sent yet at this point of the run.</p>}
      {shown.map(({ entry, index }) => (
        <div key={index} className="log-entry" data-context={entry.context}>
          <div className="log-meta">
            <span>{entry.at} ms</span>
            <span className="chip">AppDb #{entry.context}</span>
            <span className="chip chip-conn">conn #{entry.connection}</span>
            <span>
              {entry.rows} row{entry.rows === 1 ? '' : 's'}
            </span>
          </div>
          <pre className="log-text">
            <span className="log-level">info</span>: RelationalEventId.CommandExecuted[20101]
            (Microsoft.EntityFrameworkCore.Database.Command){'\n'}
            {entry.log
              .split('\n')
              .map((l) => `      ${l}`)
              .join('\n')}
          </pre>
        </div>
      ))}
      {later > 0 && (
        <p className="muted log-later">
          {later} more command{later === 1 ? '' : 's'} later in the run — move the playhead to see them.
        </p>
      )}
    </div>
  );
}
