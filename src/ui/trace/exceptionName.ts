import type { ExceptionInfo } from '../../runner/types.ts';

const JS_ERRORS = new Set([
  'Error',
  'TypeError',
  'RangeError',
  'ReferenceError',
  'SyntaxError',
  'EvalError',
  'URIError',
  'AggregateError',
]);

/**
 * The exception's full type name as .NET prints it — `System.InvalidOperationException`,
 * `Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException` — read from the first line of its
 * rendered stack, where the simulator puts it. A JavaScript error (no .NET equivalent) is labelled
 * as one: `JavaScript TypeError`.
 */
export function fullTypeName(ex: Pick<ExceptionInfo, 'type' | 'stack'>): string {
  const first = (ex.stack ?? '').split('\n', 1)[0];
  const colon = first.indexOf(': ');
  const name = colon > 0 ? first.slice(0, colon) : '';
  const full = name === ex.type || name.endsWith(`.${ex.type}`) ? name : ex.type;
  return JS_ERRORS.has(full) ? `JavaScript ${full}` : full;
}
