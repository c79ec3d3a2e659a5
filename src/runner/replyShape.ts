/**
 * The host validates every reply from the run worker before the app sees it: the worker runs
 * learner code, so what it sends is treated like input from outside. A reply that is not the
 * shape the protocol promises (a Run, a BatchSummary, a BatchProgress) is refused whole; the
 * host then kills the worker and settles the call with an error.
 *
 * The checks are structural — every field the app reads, with its type — and cheap next to the
 * structured clone that brought the reply.
 */

type Check = (value: unknown, path: string) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (path: string, what: string) => `${path} is not ${what}`;

const num: Check = (v, p) =>
  typeof v === 'number' && Number.isFinite(v) ? null : fail(p, 'a finite number');
const str: Check = (v, p) => (typeof v === 'string' ? null : fail(p, 'a string'));
const bool: Check = (v, p) => (typeof v === 'boolean' ? null : fail(p, 'a boolean'));
const nullable =
  (check: Check): Check =>
  (v, p) =>
    v === null ? null : check(v, p);
const optional =
  (check: Check): Check =>
  (v, p) =>
    v === undefined ? null : check(v, p);
const oneOf =
  (...values: readonly string[]): Check =>
  (v, p) =>
    typeof v === 'string' && values.includes(v) ? null : fail(p, `one of ${values.join(', ')}`);
const arrayOf =
  (check: Check): Check =>
  (v, p) => {
    if (!Array.isArray(v)) return fail(p, 'an array');
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i], `${p}[${i}]`);
      if (problem) return problem;
    }
    return null;
  };
const recordOf =
  (check: Check): Check =>
  (v, p) => {
    if (!isRecord(v)) return fail(p, 'an object');
    for (const [k, x] of Object.entries(v)) {
      const problem = check(x, `${p}.${k}`);
      if (problem) return problem;
    }
    return null;
  };
const shape =
  (fields: Record<string, Check>): Check =>
  (v, p) => {
    if (!isRecord(v)) return fail(p, 'an object');
    for (const [k, check] of Object.entries(fields)) {
      const problem = check(v[k], `${p}.${k}`);
      if (problem) return problem;
    }
    return null;
  };

const line = nullable(num);
const outcome = oneOf('ok', 'threw', 'stopped');
const status = oneOf('ok', 'threw');
const entityState = oneOf('Detached', 'Unchanged', 'Deleted', 'Modified', 'Added');

const exceptionInfo = shape({
  type: str,
  message: str,
  line,
  stack: str,
  operation: optional(nullable(num)),
});
const trackerEntry = shape({
  entity: str,
  key: str,
  state: entityState,
  modified: arrayOf(str),
  values: recordOf(str),
  originals: recordOf(str),
});

/** The fields of each trace event type, besides seq/t/line/flow. */
const EVENT_FIELDS: Record<string, Record<string, Check>> = {
  'run-start': { latencyMs: num, jitterMs: num, seed: num },
  'flow-start': { parent: nullable(num), label: str },
  'flow-end': { status },
  'context-created': {
    context: num,
    origin: oneOf('injected', 'new', 'factory', 'scope', 'singleton'),
    scope: nullable(num),
    request: nullable(num),
  },
  'context-disposed': { context: num },
  'op-start': {
    op: num,
    context: num,
    name: str,
    kind: oneOf('query', 'save', 'find', 'raw', 'tracking', 'dispose'),
    entity: nullable(str),
    sync: bool,
  },
  'op-end': { op: num, context: num, status, exception: nullable(exceptionInfo), summary: str },
  'detector-enter': { context: num, op: num },
  'detector-exit': { context: num, op: num },
  collision: { context: num, op: num, holder: num, holderLine: line, message: str },
  'identity-conflict': { context: num, op: num, entity: str, key: str, trackedLine: line, message: str },
  'connection-open': { context: num, connection: num, op: num },
  'connection-close': { context: num, connection: num, op: num },
  command: { op: num, context: num, connection: num, sql: num, durationMs: num },
  transaction: { context: num, op: num, action: oneOf('begin', 'commit', 'rollback') },
  'state-change': { context: num, entity: str, key: str, from: entityState, to: entityState },
  tracker: { context: num, entries: arrayOf(trackerEntry) },
  console: { level: oneOf('log', 'info', 'warn', 'error'), text: str },
  exception: { exception: exceptionInfo, unobserved: bool },
  'run-end': { outcome, reason: nullable(str) },
};
const EVENT_CHECKS: Record<string, Check> = Object.fromEntries(
  Object.entries(EVENT_FIELDS).map(([type, fields]) => [
    type,
    shape({ seq: num, t: num, line, flow: num, ...fields }),
  ]),
);

const traceEvent: Check = (v, p) => {
  const type = isRecord(v) ? v.type : undefined;
  const check =
    typeof type === 'string' && Object.hasOwn(EVENT_CHECKS, type) ? EVENT_CHECKS[type] : undefined;
  return check ? check(v, p) : fail(`${p}.type`, 'a known trace event type');
};

const run = shape({
  outcome,
  exception: nullable(exceptionInfo),
  unobserved: arrayOf(exceptionInfo),
  contexts: arrayOf(
    shape({
      id: num,
      origin: oneOf('injected', 'new', 'factory', 'scope', 'singleton'),
      createdAt: num,
      disposedAt: nullable(num),
      line,
    }),
  ),
  operations: arrayOf(
    shape({
      id: num,
      context: num,
      name: str,
      kind: str,
      line,
      flow: num,
      start: num,
      end: num,
      status,
      unobserved: bool,
      connection: nullable(num),
      collidedWith: nullable(num),
    }),
  ),
  sql: arrayOf(
    shape({
      at: num,
      context: num,
      connection: num,
      op: num,
      text: str,
      parameters: str,
      log: str,
      durationMs: num,
      rows: num,
    }),
  ),
  console: arrayOf(str),
  durationMs: num,
  stopReason: nullable(str),
  settings: shape({ latencyMs: num, jitterMs: num, seed: num }),
  trace: arrayOf(traceEvent),
  requests: arrayOf(
    shape({ id: num, status: num, start: num, end: num, flow: num, exception: nullable(exceptionInfo) }),
  ),
  diagnostics: arrayOf(
    shape({
      severity: oneOf('error', 'warning'),
      message: str,
      line: num,
      column: num,
      endLine: num,
      endColumn: num,
    }),
  ),
});

const batchSummary = shape({
  runs: num,
  failures: num,
  failureRate: num,
  outcomes: shape({ ok: num, threw: num, stopped: num }),
  byException: arrayOf(shape({ type: str, line, count: num })),
  failingSeeds: arrayOf(num),
});

const batchProgress = shape({ done: num, total: num, failures: num });

const batchEntry = shape({
  seed: num,
  outcome,
  failure: bool,
  exception: nullable(shape({ type: str, line })),
});

/** Why `value` is not a Run, or null when it is one. */
export function runShapeError(value: unknown): string | null {
  return run(value, 'run');
}

/** Why `value` is not a BatchSummary, or null. */
export function batchSummaryShapeError(value: unknown): string | null {
  return batchSummary(value, 'summary');
}

/** Why `value` is not a BatchProgress, or null. */
export function batchProgressShapeError(value: unknown): string | null {
  return batchProgress(value, 'progress');
}

/** Why `value` is not a BatchEntry, or null. */
export function batchEntryShapeError(value: unknown): string | null {
  return batchEntry(value, 'entry');
}
