/**
 * The one verdict on a run, derived from its trace: every place that summarises a result (the
 * Exception tab, the timeline's caption, goals, the lesson list, the bug report, the race lab)
 * asks this function, so the screen never says two different things about one run.
 *
 * In order of precedence:
 * - `stopped`: the run did not finish (syntax or type error, runaway loop, cancel).
 * - `threw`: an exception escaped the snippet.
 * - `requests-failed`: some simulated requests answered 500.
 * - `unobserved`: an exception nobody observed, or an operation the ConcurrencyDetector refused
 *   whose exception did not end the run (a timed-out attempt's collision: lesson 9; a `catch`
 *   that logged it and went on). EF Core's detector reports a bug in the code, never an outcome
 *   to handle, so catching it does not make the run clean.
 * - `handled`: operations threw and the code caught them (a DbUpdateConcurrencyException retried):
 *   the run completed, but not cleanly.
 * - `clean`: nothing failed anywhere.
 */
import type { ExceptionInfo, OperationInfo, Run } from './types.ts';

export type VerdictKind = 'clean' | 'handled' | 'unobserved' | 'requests-failed' | 'threw' | 'stopped';

export interface RunVerdict {
  kind: VerdictKind;
  /** Something went wrong that the code did not handle (every kind but `clean` and `handled`). */
  failed: boolean;
  /** One sentence for the learner: "The run completed cleanly.", "2 of 3 requests answered 500." … */
  headline: string;
  /** A few words, for tables and captions: "clean", "threw InvalidOperationException", "1 of 2 requests failed". */
  label: string;
  /** The exception that escaped the snippet. */
  exception: ExceptionInfo | null;
  failedRequests: { id: number; status: number; exception: ExceptionInfo | null }[];
  requests: number;
  /** Exceptions nobody observed (reported by the runtime). */
  unobserved: ExceptionInfo[];
  /** Operations the detector refused whose exception surfaced nowhere. */
  unseenCollisions: { op: OperationInfo; exception: ExceptionInfo | null }[];
  /** Other operations that threw and whose exception the code caught. */
  handled: { op: OperationInfo; exception: ExceptionInfo | null }[];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const at = (line: number | null | undefined) => (line ? ` at line ${line}` : '');
const opText = (o: OperationInfo) => `${o.name}${o.line ? ` (line ${o.line})` : ''}`;

const cache = new WeakMap<Run, RunVerdict>();

export function runVerdict(run: Run): RunVerdict {
  const cached = cache.get(run);
  if (cached) return cached;
  const verdict = computeVerdict(run);
  cache.set(run, verdict);
  return verdict;
}

function computeVerdict(run: Run): RunVerdict {
  // The escaped exception and the unobserved ones (a failed request's exception is in the trace
  // too, but it ended the request, not the snippet), and each failed operation's own.
  const exception = run.exception;
  const unobserved = run.unobserved;
  const opException = new Map<number, ExceptionInfo | null>();
  for (const ev of run.trace)
    if (ev.type === 'op-end' && ev.status === 'threw') opException.set(ev.op, ev.exception);
  const collided = new Set(run.trace.flatMap((ev) => (ev.type === 'collision' ? [ev.op] : [])));

  const failedRequests = run.requests
    .filter((r) => r.status >= 500)
    .map((r) => ({ id: r.id, status: r.status, exception: r.exception }));
  const seen = new Set<number>();
  for (const e of [exception, ...unobserved, ...failedRequests.map((r) => r.exception)]) {
    if (e?.operation !== undefined && e.operation !== null) seen.add(e.operation);
  }
  const failedOps = run.operations.filter((o) => o.status === 'threw' && !seen.has(o.id) && !o.unobserved);
  // Another operation that threw the very exception that escaped (Task.WhenAll's second failure) was seen with it.
  const alsoSeen = (o: OperationInfo) => {
    const e = opException.get(o.id);
    return !!e && !!exception && e.type === exception.type && e.message === exception.message;
  };
  const isUnseenCollision = (o: OperationInfo) =>
    (collided.has(o.id) || o.collidedWith !== null) && !alsoSeen(o);
  const unseenCollisions = failedOps
    .filter(isUnseenCollision)
    .map((op) => ({ op, exception: opException.get(op.id) ?? null }));
  const handled = failedOps
    .filter((o) => !isUnseenCollision(o))
    .map((op) => ({ op, exception: opException.get(op.id) ?? null }));

  const base = {
    exception: exception ?? null,
    failedRequests,
    requests: run.requests.length,
    unobserved,
    unseenCollisions,
    handled,
  };
  if (run.outcome === 'stopped') {
    return {
      ...base,
      kind: 'stopped',
      failed: true,
      headline: `The run was stopped: ${run.stopReason ?? 'it did not finish.'}`,
      label: 'stopped',
    };
  }
  const more = moreFailures(base, 'exception');
  if (exception) {
    return {
      ...base,
      kind: 'threw',
      failed: true,
      headline: `The run threw ${exception.type}${at(exception.line)}.${more}`,
      label: `threw ${exception.type}`,
    };
  }
  if (failedRequests.length) {
    const statuses = [...new Set(failedRequests.map((r) => r.status))].join('/');
    return {
      ...base,
      kind: 'requests-failed',
      failed: true,
      headline: `${failedRequests.length} of ${plural(run.requests.length, 'request')} answered ${statuses}.${moreFailures(base, 'requests')}`,
      label: `${failedRequests.length} of ${run.requests.length} requests failed`,
    };
  }
  if (unobserved.length || unseenCollisions.length) {
    const parts = [
      ...(unobserved.length
        ? [
            `${plural(unobserved.length, 'exception')} nobody observed (${unobserved.map((e) => `${e.type}${at(e.line)}`).join(', ')})`,
          ]
        : []),
      ...(unseenCollisions.length
        ? [
            // Not "nothing reported it": the code may well have caught and logged it. What matters
            // is that the run went on: a collision is a bug in the code, not an error to handle.
            `the ConcurrencyDetector refused ${unseenCollisions.map((c) => opText(c.op)).join(', ')} and the run carried on past it (a collision is a bug to fix, not an error to handle)`,
          ]
        : []),
    ];
    const n = unobserved.length + unseenCollisions.length;
    return {
      ...base,
      kind: 'unobserved',
      failed: true,
      headline: `The run completed, but not cleanly: ${parts.join('; ')}.${moreFailures(base, 'unobserved')}`,
      label: `${plural(n, 'unobserved failure')}`,
    };
  }
  if (handled.length) {
    return {
      ...base,
      kind: 'handled',
      failed: false,
      headline: `The run completed. ${plural(handled.length, 'operation')} threw and the code caught ${handled.length === 1 ? 'it' : 'them'}: ${handled
        .map((h) => `${h.exception?.type ?? 'an exception'} from ${opText(h.op)}`)
        .join(', ')}.`,
      label: `completed, ${plural(handled.length, 'exception')} caught`,
    };
  }
  return { ...base, kind: 'clean', failed: false, headline: 'The run completed cleanly.', label: 'clean' };
}

/** The failures the headline's main clause did not name, as a trailing sentence. */
function moreFailures(
  v: Pick<RunVerdict, 'failedRequests' | 'requests' | 'unobserved' | 'unseenCollisions'>,
  named: 'exception' | 'requests' | 'unobserved',
): string {
  const extra: string[] = [];
  if (named === 'exception' && v.failedRequests.length)
    extra.push(`${v.failedRequests.length} of ${plural(v.requests, 'request')} answered 500`);
  if (named !== 'unobserved' && v.unobserved.length)
    extra.push(`${plural(v.unobserved.length, 'exception')} went unobserved`);
  if (named !== 'unobserved' && v.unseenCollisions.length)
    extra.push(
      `the detector also refused ${v.unseenCollisions.map((c) => opText(c.op)).join(', ')} and the run carried on past it`,
    );
  return extra.length ? ` Also: ${extra.join('; ')}.` : '';
}
