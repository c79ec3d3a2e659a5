import type { ExceptionInfo } from '../../runner/types.ts';

/**
 * The exception's full type name as .NET prints it — `System.InvalidOperationException`,
 * `Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException`, or just `Error` for a JavaScript
 * error — read from the first line of its rendered stack, where the simulator puts it.
 */
export function fullTypeName(ex: Pick<ExceptionInfo, 'type' | 'stack'>): string {
  const first = (ex.stack ?? '').split('\n', 1)[0];
  const colon = first.indexOf(': ');
  const name = colon > 0 ? first.slice(0, colon) : '';
  return name === ex.type || name.endsWith(`.${ex.type}`) ? name : ex.type;
}
