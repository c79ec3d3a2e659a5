/** The timeline as text: every trace event in order, the current one marked; a row seeks there. */
import { useEffect, useMemo, useRef } from 'react';
import type { Run } from '../../runner/types.ts';
import { useApp } from '../../state/store.ts';
import { contextOf, describeEvent, indexOps } from '../trace/describeEvent.ts';
import { runVerdict } from '../../runner/verdict.ts';

export function EventsTable({ run, cursor, visible }: { run: Run | null; cursor: number; visible: boolean }) {
  const ops = useMemo(() => (run ? indexOps(run) : new Map()), [run]);
  const current = useRef<HTMLTableRowElement>(null);
  useEffect(() => {
    if (visible) current.current?.scrollIntoView({ block: 'nearest' });
  }, [cursor, visible]);
  if (!run) return <p className="empty">Every event of the run, as a table, appears here.</p>;
  return (
    <table className="events" data-testid="events-table">
      <caption className="sr-only">Trace events of the run in order; the current event is marked.</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">Time</th>
          <th scope="col">Context</th>
          <th scope="col">Line</th>
          <th scope="col">Event</th>
        </tr>
      </thead>
      <tbody>
        {run.trace.map((ev) => {
          const ctx = contextOf(ev);
          const state = ev.seq === cursor ? 'current' : ev.seq > cursor ? 'future' : 'past';
          return (
            <tr
              key={ev.seq}
              ref={state === 'current' ? current : undefined}
              className={`ev-${state} ev-type-${ev.type}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <td>{ev.seq + 1}</td>
              <td>{ev.t} ms</td>
              <td>{ctx === null ? '' : `#${ctx}`}</td>
              <td>{ev.line ?? ''}</td>
              <td>
                <button type="button" className="ev-seek" onClick={() => useApp.getState().seekEvent(ev.seq)}>
                  {describeEvent(ev, ops, runVerdict(run).label)}
                </button>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
