/**
 * .NET-shaped exceptions. They extend Error so snippets can `catch (e) { if (e instanceof
 * InvalidOperationException) … }`, and carry what the trace needs: the .NET type name, the
 * simulated library frames (where inside EF Core it was thrown) and the snippet frames.
 */
import type { ExceptionInfo, StackFrame } from './trace.ts';

export class DotnetException extends Error {
  /** Full .NET type name, e.g. `System.InvalidOperationException`. */
  readonly fullName: string;
  /** Frames inside the simulated library, innermost first (e.g. ConcurrencyDetector.EnterCriticalSection). */
  libraryFrames: string[] = [];
  /** Snippet frames at the point the failing call was made, innermost first. */
  userFrames: StackFrame[] = [];
  /** The operation that failed, when one did. */
  operation: number | null = null;
  /** The inner exception (.NET's InnerException), e.g. the SqliteException under a DbUpdateException. */
  inner: DotnetException | null = null;

  constructor(name: string, fullName: string, message: string) {
    super(message);
    this.name = name;
    this.fullName = fullName;
  }

  /** Short .NET type name (`InvalidOperationException`). */
  get type(): string {
    return this.name;
  }
}

export class InvalidOperationException extends DotnetException {
  constructor(message: string) {
    super('InvalidOperationException', 'System.InvalidOperationException', message);
  }
}

export class ObjectDisposedException extends InvalidOperationException {
  constructor(message: string) {
    super(message);
    this.name = 'ObjectDisposedException';
    (this as { fullName: string }).fullName = 'System.ObjectDisposedException';
  }
}

export class DbUpdateException extends DotnetException {
  constructor(message: string) {
    super('DbUpdateException', 'Microsoft.EntityFrameworkCore.DbUpdateException', message);
  }
}

export class DbUpdateConcurrencyException extends DbUpdateException {
  constructor(message: string) {
    super(message);
    this.name = 'DbUpdateConcurrencyException';
    (this as { fullName: string }).fullName = 'Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException';
  }
}

/** Microsoft.Data.Sqlite's exception for an error SQLite reported. */
export class SqliteException extends DotnetException {
  constructor(
    readonly errorCode: number,
    sqliteMessage: string,
  ) {
    super(
      'SqliteException',
      'Microsoft.Data.Sqlite.SqliteException',
      `SQLite Error ${errorCode}: '${sqliteMessage}'.`,
    );
  }
}

/** SQLite's primary result code for an error message from sql.js (constraint failures are 19). */
export function sqliteErrorCode(message: string): number {
  if (/constraint failed/i.test(message)) return 19;
  if (/database is locked/i.test(message)) return 5;
  if (/^not authorized$/i.test(message)) return 23;
  return 1;
}

/** Renders frames the way .NET prints a stack trace. */
export function formatDotnetStack(
  fullName: string,
  message: string,
  library: string[],
  user: StackFrame[],
  inner: DotnetException | null = null,
): string {
  const lines = [`${fullName}: ${message}`];
  if (inner) {
    lines.push(` ---> ${inner.fullName} (0x80004005): ${inner.message}`);
    for (const f of inner.libraryFrames) lines.push(`   at ${f}`);
    lines.push('   --- End of inner exception stack trace ---');
  }
  for (const f of library) lines.push(`   at ${f}`);
  for (const f of user)
    lines.push(`   at ${f.method}()` + (f.line != null ? ` in snippet.ts:line ${f.line}` : ''));
  return lines.join('\n');
}

/** Converts anything a snippet can throw into the trace's plain ExceptionInfo. */
/**
 * What the trace says about a thrown value. Total and bounded: the value may be the snippet's own
 * (an Error subclass with getters, odd fields, a megabyte message), and the Run must still be
 * plain, well-typed data of a reasonable size.
 */
export function toExceptionInfo(error: unknown, fallbackFrames: StackFrame[] = []): ExceptionInfo {
  let info: ExceptionInfo;
  try {
    info = describeException(error, fallbackFrames);
  } catch {
    info = describeException(`(a thrown ${typeof error} that could not be read)`, fallbackFrames);
  }
  return {
    type: typeof info.type === 'string' ? clipText(info.type, 200) : 'Error',
    message: clipText(typeof info.message === 'string' ? info.message : safeString(info.message)),
    line: typeof info.line === 'number' && Number.isFinite(info.line) ? info.line : null,
    stack: clipText(typeof info.stack === 'string' ? info.stack : ''),
    operation: typeof info.operation === 'number' ? info.operation : null,
  };
}

/** Longest text a Run carries in one field (a message, a console line). */
export const MAX_TEXT_LENGTH = 10_000;

/** `text`, cut to `max` characters with a note of how much was left out. */
export function clipText(text: string, max = MAX_TEXT_LENGTH): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

function describeException(error: unknown, fallbackFrames: StackFrame[]): ExceptionInfo {
  if (error instanceof DotnetException) {
    const user = error.userFrames.length ? error.userFrames : fallbackFrames;
    return {
      type: error.name,
      message: error.message,
      line: user[0]?.line ?? null,
      stack: formatDotnetStack(error.fullName, error.message, error.libraryFrames, user, error.inner),
      operation: error.operation,
    };
  }
  if (error instanceof Error) {
    const user = (error as { userFrames?: StackFrame[] }).userFrames ?? fallbackFrames;
    const name = error.name || 'Error';
    return {
      type: name,
      message: error.message,
      line: user[0]?.line ?? null,
      stack: formatDotnetStack(name, error.message, [], user),
      operation: null,
    };
  }
  // A thrown string, number or object: .NET cannot throw those, JavaScript can. Say what it was.
  const text = typeof error === 'string' ? error : safeString(error);
  const message = `The snippet threw a ${error === null ? 'null' : typeof error} value, not an Error: ${text}`;
  return {
    type: 'Error',
    message,
    line: fallbackFrames[0]?.line ?? null,
    stack: formatDotnetStack('Error', message, [], fallbackFrames),
    operation: null,
  };
}

function safeString(value: unknown): string {
  try {
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}
