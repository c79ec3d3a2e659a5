import { describe, expect, it } from 'vitest';
import { makeRun } from '../../lessons/testSupport/handMadeRuns.ts';
import type { Run, TraceEvent, TrackerEntry } from '../../runner/types.ts';
import { collisionRun, factoryRun } from '../../state/fixtures/fixtureRuns.ts';
import {
  consoleUpTo,
  countAtOrBefore,
  sqlCountUpTo,
  sqlUpTo,
  trackedCountAt,
  trackerAt,
} from './playheadView.ts';

// The straightforward walks the indexed views replaced: the answers must not change.
function naiveSql(run: Run, cursor: number) {
  const sent = new Set<number>();
  let any = false;
  for (const ev of run.trace) {
    if (ev.type !== 'command') continue;
    any = true;
    if (ev.seq <= cursor) sent.add(ev.sql);
  }
  const end = cursor >= 0 ? (run.trace[cursor]?.t ?? 0) : -1;
  return run.sql
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry, index }) => (any ? sent.has(index) : entry.at <= end));
}

function naiveTracker(run: Run, cursor: number) {
  const latest = new Map<
    number,
    { context: number; entries: TrackerEntry[]; seq: number; disposed?: boolean }
  >();
  for (const ev of run.trace) {
    if (ev.seq > cursor) break;
    if (ev.type === 'context-disposed' && latest.has(ev.context) && !latest.get(ev.context)?.disposed)
      latest.set(ev.context, { context: ev.context, entries: [], seq: ev.seq, disposed: true });
    if (ev.type === 'tracker' && !latest.get(ev.context)?.disposed)
      latest.set(ev.context, { context: ev.context, entries: ev.entries, seq: ev.seq });
  }
  return [...latest.values()].sort((a, b) => a.context - b.context);
}

function naiveConsole(run: Run, cursor: number) {
  return run.trace.filter((ev) => ev.seq <= cursor && ev.type === 'console');
}

const entry = (id: number): TrackerEntry =>
  ({
    entity: 'Order',
    key: `{Id: ${id}}`,
    state: 'Unchanged',
    values: {},
    modified: [],
    originals: {},
  }) as unknown as TrackerEntry;

/** A fixture with tracker snapshots and console lines spliced in, re-sequenced. */
function withTrackerAndConsole(run: Run): Run {
  const trace: TraceEvent[] = [];
  run.trace.forEach((ev, i) => {
    trace.push(ev);
    if (i % 3 === 1)
      trace.push({
        ...ev,
        type: 'tracker',
        context: 1 + (i % 2),
        entries: [entry(i), entry(i + 1)].slice(0, 1 + (i % 2)),
      } as TraceEvent);
    if (i % 4 === 2) trace.push({ ...ev, type: 'console', level: 'log', text: `line ${i}` } as TraceEvent);
  });
  return { ...run, trace: trace.map((ev, seq) => ({ ...ev, seq })) };
}

/** The same run without command events: SQL then shows by time. */
function withoutCommands(run: Run): Run {
  return {
    ...run,
    trace: run.trace.filter((ev) => ev.type !== 'command').map((ev, seq) => ({ ...ev, seq })),
  };
}

describe('playhead views', () => {
  const runs = [
    collisionRun(),
    factoryRun(),
    withTrackerAndConsole(collisionRun()),
    withTrackerAndConsole(factoryRun()),
    withoutCommands(factoryRun()),
  ];

  it('answer what a walk of the whole trace answers, at every cursor', () => {
    for (const run of runs) {
      for (let cursor = -1; cursor < run.trace.length + 1; cursor++) {
        expect(sqlUpTo(run, cursor)).toEqual(naiveSql(run, cursor));
        expect(sqlCountUpTo(run, cursor)).toBe(naiveSql(run, cursor).length);
        expect(trackerAt(run, cursor)).toEqual(naiveTracker(run, cursor));
        expect(trackedCountAt(run, cursor)).toBe(
          naiveTracker(run, cursor).reduce((n, s) => n + s.entries.length, 0),
        );
        expect(consoleUpTo(run, cursor).map((l) => l.seq)).toEqual(
          naiveConsole(run, cursor).map((ev) => ev.seq),
        );
      }
    }
  });

  it('return the same array for the same cursor (memoized children see equal props)', () => {
    const run = withTrackerAndConsole(collisionRun());
    expect(sqlUpTo(run, 5)).toBe(sqlUpTo(run, 5));
    expect(trackerAt(run, 7)).toBe(trackerAt(run, 7));
  });

  it('countAtOrBefore is a binary search over sorted keys', () => {
    expect([-1, 0, 1, 2, 3, 9].map((v) => countAtOrBefore([0, 1, 1, 3], v))).toEqual([0, 1, 3, 3, 4, 4]);
  });
});

const trackedUser = {
  entity: 'User',
  key: '{Id: 1}',
  state: 'Unchanged' as const,
  modified: [],
  values: { Id: '1' },
  originals: {},
};

describe('trackerAt and disposed contexts', () => {
  it('a disposed context tracks nothing, and no later snapshot brings its entries back', () => {
    const events = [
      { type: 'tracker', context: 1, entries: [trackedUser] },
      { type: 'context-disposed', context: 1 },
      // A late operation on the disposed context (fire and forget) records a snapshot after the disposal.
      { type: 'tracker', context: 1, entries: [trackedUser] },
      { type: 'tracker', context: 2, entries: [trackedUser] },
    ].map((e, seq) => ({ seq, t: seq, line: null, flow: 1, ...e }) as TraceEvent);
    const run = makeRun({ trace: events });
    expect(trackerAt(run, 0)).toMatchObject([{ context: 1, entries: [trackedUser] }]);
    expect(trackerAt(run, 1)).toMatchObject([{ context: 1, entries: [], disposed: true }]);
    expect(trackerAt(run, 3)).toMatchObject([
      { context: 1, entries: [], disposed: true },
      { context: 2, entries: [trackedUser] },
    ]);
  });
});
