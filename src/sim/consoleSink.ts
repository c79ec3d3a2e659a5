/**
 * The snippet's `console`: captured into the Run (and the trace, so the Console panel can follow
 * the playhead). Values are formatted like a browser console's one-line preview, deterministically.
 */
import { clipText } from './exceptions.ts';
import type { Runtime } from './runtime.ts';
import { LIMIT_REASONS } from './simulation.ts';

export function formatConsoleValue(value: unknown, depth = 0): string {
  if (typeof value === 'string') return depth === 0 ? value : `'${value}'`;
  if (value === null || value === undefined || typeof value !== 'object')
    return typeof value === 'function' ? `[Function ${value.name || 'anonymous'}]` : String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (depth > 2) return Array.isArray(value) ? '[Array]' : '[Object]';
  if (Array.isArray(value)) {
    const shown = value.slice(0, 10).map((v) => formatConsoleValue(v, depth + 1));
    if (value.length > 10) shown.push(`… ${value.length - 10} more`);
    return `[${shown.join(', ')}]`;
  }
  const name = value.constructor && value.constructor !== Object ? `${value.constructor.name} ` : '';
  const fields = Object.entries(value).map(([k, v]) => `${k}: ${formatConsoleValue(v, depth + 1)}`);
  return `${name}{ ${fields.join(', ')} }`;
}

export function createConsole(rt: Runtime) {
  const write =
    (level: 'log' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]): void => {
      const lines = rt.trace.console;
      if (lines.length >= rt.settings.maxConsoleLines)
        rt.stop(LIMIT_REASONS.consoleLines(rt.settings.maxConsoleLines));
      const text = clipText(args.map((a) => formatConsoleValue(a)).join(' '));
      lines.push(text);
      rt.trace.emit({ type: 'console', level, text }, rt.line());
    };
  return {
    log: write('log'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    debug: write('log'),
  };
}
