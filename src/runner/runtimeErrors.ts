/**
 * JavaScript runtime errors that have an obvious .NET equivalent, shown as that exception: reading
 * or writing a member of `null`/`undefined` is .NET's NullReferenceException, with its message.
 * Every other JavaScript error stays as it is (the UI labels it a JavaScript error).
 */
import type { ExceptionInfo, Run, TraceEvent } from './types.ts';

export const NULL_REFERENCE_MESSAGE = 'Object reference not set to an instance of an object.';

const NULL_DEREFERENCE = [
  /^Cannot (?:read|set) properties of (?:null|undefined)\b/,
  /^Cannot destructure .* as it is (?:null|undefined)\.?$/,
  /^(?:object )?(?:null|undefined) is not iterable\b/,
  /^Cannot (?:read|set) property '.*' of (?:null|undefined)$/,
];

/** The .NET exception for a JavaScript engine error, or the error unchanged. */
export function asDotnetException(e: ExceptionInfo): ExceptionInfo {
  if (e.type !== 'TypeError' || !NULL_DEREFERENCE.some((re) => re.test(e.message))) return e;
  const frames = e.stack.split('\n').filter((l) => l.startsWith('   at '));
  return {
    ...e,
    type: 'NullReferenceException',
    message: NULL_REFERENCE_MESSAGE,
    stack: [`System.NullReferenceException: ${NULL_REFERENCE_MESSAGE}`, ...frames].join('\n'),
  };
}

/** The run with every exception it records translated (escaped, unobserved, requests', operations', trace events'). */
export function withDotnetExceptions(run: Run): Run {
  const all = [run.exception, ...run.unobserved, ...run.requests.map((r) => r.exception)];
  for (const ev of run.trace) if (ev.type === 'exception' || ev.type === 'op-end') all.push(ev.exception);
  if (!all.some((e) => e && asDotnetException(e) !== e)) return run;
  const fix = <T extends ExceptionInfo | null>(e: T): T => (e ? (asDotnetException(e) as T) : e);
  const trace = run.trace.map((ev): TraceEvent => {
    if (ev.type === 'exception') return { ...ev, exception: fix(ev.exception) };
    if (ev.type === 'op-end') return { ...ev, exception: fix(ev.exception) };
    return ev;
  });
  return {
    ...run,
    exception: fix(run.exception),
    unobserved: run.unobserved.map(fix),
    requests: run.requests.map((r) => ({ ...r, exception: fix(r.exception) })),
    trace,
  };
}
