/**
 * The host validates every reply from the run worker before the app sees it: the worker runs
 * learner code, so what it sends is treated like input from outside. A reply that is not the
 * shape the protocol promises (a Run, a BatchSummary, a BatchProgress) is refused whole; the
 * host then kills the worker and settles the call with an error.
 *
 * The checks are structural — every field the app reads, with its type — and cheap next to the
 * structured clone that brought the reply.
 */

/**
 * Why a value is not what a check expects, as the path below the checked value (".op",
 * "[3].sql") and what it should have been, or null when it is. The path is built only on a
 * failure: a long run's reply holds tens of thousands of events, and naming every field's path
 * up front cost more than checking it.
 */
type Problem = { path: string; what: string };
type Check = (value: unknown) => Problem | null;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const fail = (what: string): Problem => ({ path: '', what });
/** The problem one level up: `key` (".name" or "[i]") in front of its path. */
const under = (key: string, problem: Problem): Problem => ({ path: key + problem.path, what: problem.what });

const num: Check = (v) => (typeof v === 'number' && Number.isFinite(v) ? null : fail('a finite number'));
const str: Check = (v) => (typeof v === 'string' ? null : fail('a string'));
const bool: Check = (v) => (typeof v === 'boolean' ? null : fail('a boolean'));
const nullable =
  (check: Check): Check =>
  (v) =>
    v === null ? null : check(v);
const optional =
  (check: Check): Check =>
  (v) =>
    v === undefined ? null : check(v);
const oneOf =
  (...values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v) ? null : fail(`one of ${values.join(', ')}`);
const arrayOf =
  (check: Check): Check =>
  (v) => {
    if (!Array.isArray(v)) return fail('an array');
    for (let i = 0; i < v.length; i++) {
      const problem = check(v[i]);
      if (problem) return under(`[${i}]`, problem);
    }
    return null;
  };
const recordOf =
  (check: Check): Check =>
  (v) => {
    if (!isRecord(v)) return fail('an object');
    for (const k in v) {
      if (!Object.hasOwn(v, k)) continue;
      const problem = check(v[k]);
      if (problem) return under(`.${k}`, problem);
    }
    return null;
  };
const shape = (fields: Record<string, Check>): Check => {
  const entries = Object.entries(fields);
  return (v) => {
    if (!isRecord(v)) return fail('an object');
    for (const [k, check] of entries) {
      const problem = check(v[k]);
      if (problem) return under(`.${k}`, problem);
    }
    return null;
  };
};

/** The message for `root`: "run.trace[3].op is not a finite number", or null. */
const explain = (root: string, problem: Problem | null): string | null =>
  problem && `${root}${problem.path} is not ${problem.what}`;

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

const traceEvent: Check = (v) => {
  const type = isRecord(v) ? v.type : undefined;
  const check =
    typeof type === 'string' && Object.hasOwn(EVENT_CHECKS, type) ? EVENT_CHECKS[type] : undefined;
  return check ? check(v) : under('.type', fail('a known trace event type'));
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
  return explain('run', run(value));
}

/** Why `value` is not a BatchSummary, or null. */
export function batchSummaryShapeError(value: unknown): string | null {
  return explain('summary', batchSummary(value));
}

/** Why `value` is not a BatchProgress, or null. */
export function batchProgressShapeError(value: unknown): string | null {
  return explain('progress', batchProgress(value));
}

/** Why `value` is not a BatchEntry, or null. */
export function batchEntryShapeError(value: unknown): string | null {
  return explain('entry', batchEntry(value));
}
