/**
 * The timeline as text: every trace event in order, the current one marked; a row seeks there.
 * A run can hold tens of thousands of events, so only the rows in view (plus a margin) are in the
 * DOM: the panel body scrolls, spacer rows keep the table its full height.
 */
import { memo, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Run, TraceEvent } from '../../runner/types.ts';
import { useApp } from '../../state/store.ts';
import { contextOf, describeEvent, indexOps } from '../trace/describeEvent.ts';
import { runVerdict } from '../../runner/verdict.ts';

/** Height of a one-line row (px); rows that wrap are measured once drawn. */
const ROW_ESTIMATE = 21;

type RowState = 'past' | 'current' | 'future';

const EventRow = memo(function EventRow({
  ev,
  state,
  describe,
  index,
  measure,
}: {
  ev: TraceEvent;
  state: RowState;
  describe: (ev: TraceEvent) => string;
  index: number;
  measure: (el: HTMLTableRowElement | null) => void;
}) {
  const ctx = contextOf(ev);
  return (
    <tr
      ref={measure}
      data-index={index}
      className={`ev-${state} ev-type-${ev.type}`}
      aria-current={state === 'current' ? 'step' : undefined}
    >
      <td>{ev.seq + 1}</td>
      <td>{ev.t} ms</td>
      <td>{ctx === null ? '' : `#${ctx}`}</td>
      <td>{ev.line ?? ''}</td>
      <td>
        <button type="button" className="ev-seek" onClick={() => useApp.getState().seekEvent(ev.seq)}>
          {describe(ev)}
        </button>
      </td>
    </tr>
  );
});

export function EventsTable({ run, cursor, visible }: { run: Run | null; cursor: number; visible: boolean }) {
  const ops = useMemo(() => (run ? indexOps(run) : new Map()), [run]);
  // The run-end row reads the run's one verdict, like every other summary.
  const verdictLabel = useMemo(() => (run ? runVerdict(run).label : undefined), [run]);
  const describe = useMemo(
    () => (ev: TraceEvent) => describeEvent(ev, ops, verdictLabel),
    [ops, verdictLabel],
  );
  const tableRef = useRef<HTMLTableElement>(null);
  const bodyRef = useRef<HTMLTableSectionElement>(null);
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  // Where the rows start inside the scrolling panel (below its padding, the caption and the header).
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const el =
      tableRef.current?.closest<HTMLElement>('.panel-body') ?? tableRef.current?.parentElement ?? null;
    setScroller(el);
    if (el && bodyRef.current)
      setMargin(bodyRef.current.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop);
  }, [run, visible]);
  const count = run?.trace.length ?? 0;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    scrollMargin: margin,
    getItemKey: (i) => run?.trace[i]?.seq ?? i,
  });
  // Keep the current row in view (also once the scroller is known, when the tab opens).
  useEffect(() => {
    if (visible && scroller && cursor >= 0 && cursor < count)
      virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [cursor, visible, count, virtualizer, scroller, margin]);
  if (!run) return <p className="empty">Every event of the run, as a table, appears here.</p>;
  const items = virtualizer.getVirtualItems();
  const top = items.length ? items[0].start - margin : 0;
  const bottom = items.length ? virtualizer.getTotalSize() - (items[items.length - 1].end - margin) : 0;
  return (
    <table className="events" data-testid="events-table" ref={tableRef} aria-rowcount={count + 1}>
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
      <tbody ref={bodyRef}>
        {top > 0 && (
          <tr aria-hidden="true" className="ev-spacer">
            <td colSpan={5} style={{ height: top, padding: 0, border: 0 }} />
          </tr>
        )}
        {items.map((item) => {
          const ev = run.trace[item.index];
          const state: RowState = ev.seq === cursor ? 'current' : ev.seq > cursor ? 'future' : 'past';
          return (
            <EventRow
              key={item.key}
              ev={ev}
              state={state}
              describe={describe}
              index={item.index}
              measure={virtualizer.measureElement}
            />
          );
        })}
        {bottom > 0 && (
          <tr aria-hidden="true" className="ev-spacer">
            <td colSpan={5} style={{ height: bottom, padding: 0, border: 0 }} />
          </tr>
        )}
      </tbody>
    </table>
  );
}
