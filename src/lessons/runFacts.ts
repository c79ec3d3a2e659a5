/**
 * Facts about a finished Run that goals are judged on: collisions, identity conflicts, database
 * operations in flight at once, contexts and connections used, the columns each UPDATE sets.
 * Pure functions of the trace, shared by the goal evaluator, tests and the app.
 */
import type { OperationInfo, Run, SqlEntry } from '../sim/trace.ts';
import { visibleKey } from '../runner/sensitiveData.ts';

export function collisionsOf(run: Run): { line: number | null; op: number; holder: number | null }[] {
  const fromTrace = run.trace.flatMap((ev) =>
    ev.type === 'collision' ? [{ line: ev.line, op: ev.op, holder: ev.holder }] : [],
  );
  if (fromTrace.length) return fromTrace;
  return run.operations
    .filter((o) => o.collidedWith !== null)
    .map((o) => ({ line: o.line, op: o.id, holder: o.collidedWith }));
}

/** Identity conflicts; `shownKey` is the key as EF Core's message shows it (null: sensitive data logging off). */
export function conflictsOf(
  run: Run,
): { entity: string; key: string; shownKey: string | null; line: number | null }[] {
  return run.trace.flatMap((ev) =>
    ev.type === 'identity-conflict'
      ? [{ entity: ev.entity, key: ev.key, shownKey: visibleKey(ev), line: ev.line }]
      : [],
  );
}

const DB_KINDS = new Set(['query', 'save', 'find', 'raw']);

/** Operations that reached the database or were refused by the detector. */
export function databaseOperations(ops: OperationInfo[]): OperationInfo[] {
  return ops.filter((o) => DB_KINDS.has(o.kind) && (o.connection !== null || o.collidedWith !== null));
}

/** Peak number of database operations (or of distinct contexts) busy at the same instant. */
export function peakOverlap(ops: OperationInfo[], distinctContexts: boolean): number {
  const busy = databaseOperations(ops).filter((o) => o.end > o.start && o.collidedWith === null);
  let peak = 0;
  for (const probe of busy) {
    const t = probe.start;
    const inFlight = busy.filter((o) => o.start <= t && t < o.end);
    const n = distinctContexts ? new Set(inFlight.map((o) => o.context)).size : inFlight.length;
    peak = Math.max(peak, n);
  }
  return peak;
}

/** Peak number of database operations in flight on one context; a refused one counts at its instant. */
export function peakOverlapOnOneContext(ops: OperationInfo[]): number {
  const dbOps = databaseOperations(ops);
  const inFlightAt = (o: OperationInfo, t: number) =>
    o.start <= t && (t < o.end || (o.start === o.end && t === o.start));
  let peak = 0;
  for (const probe of dbOps) {
    const n = dbOps.filter((o) => o.context === probe.context && inFlightAt(o, probe.start)).length;
    peak = Math.max(peak, n);
  }
  return peak;
}

export function usedContexts(run: Run): number[] {
  return unique(run.operations.map((o) => o.context)).sort((a, b) => a - b);
}

export function connectionsOf(run: Run): number[] {
  const ids = [
    ...run.sql.map((s) => s.connection),
    ...run.operations.flatMap((o) => (o.connection === null ? [] : [o.connection])),
  ];
  return unique(ids).sort((a, b) => a - b);
}

/** Columns set by each UPDATE of `table`, parsed from EF Core's SQL (`UPDATE "T" SET "A" = @p0, "B" = @p1`). */
export function updatesOf(sql: SqlEntry[], table: string): string[][] {
  const out: string[][] = [];
  const head = new RegExp(`UPDATE\\s+"${escapeRegExp(table)}"\\s+SET\\s+`, 'g');
  for (const entry of sql) {
    for (const m of entry.text.matchAll(head)) {
      const rest = entry.text.slice(m.index! + m[0].length);
      const end = rest.search(/\s(WHERE|RETURNING)\b|;/);
      const setList = end === -1 ? rest : rest.slice(0, end);
      out.push([...setList.matchAll(/"([^"]+)"\s*=/g)].map((c) => c[1]));
    }
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
