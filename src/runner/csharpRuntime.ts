/**
 * `__cs`: the runtime helpers C# snippets lowered by src/csharp call (bound as a snippet global).
 * They give the lowered code C#'s semantics where JavaScript differs: blocking waits, integer
 * division, null dereference, C# string formatting, LINQ to objects, exception types by name,
 * and base classes for declared classes and records. Errors they throw carry the snippet frames
 * of the C# line that called them (through the runner's `thrown`).
 *
 * Blocking waits (`.Result`, `.Wait()`, `.GetAwaiter().GetResult()`): in an async flow (top-level
 * statements, async functions and lambdas) the lowering holds the flow until the task completes
 * (`blocked` + `unblock`, with .NET's exception wrapping), as .NET blocks the caller's thread. In a
 * synchronous method the flow cannot be held (JavaScript cannot block one flow without stopping
 * all): on a task that has already completed they return (or throw) at once, as in .NET; on a
 * task still running the wait fails with a NotSupportedException that says so, on its line.
 */
import { DotnetException } from '../sim/exceptions.ts';
import { SimTask } from '../sim/simTask.ts';
import { createSeq } from './csharpLinq.ts';

/** A .NET exception the runtime creates by name (System.*), e.g. NullReferenceException. */
export class CsException extends DotnetException {
  constructor(name: string, message: string, inner: unknown = null) {
    super(name, name.includes('.') ? name : `System.${name}`, message);
    if (inner instanceof DotnetException) this.inner = inner;
  }
}

/** Base classes of the .NET exceptions `catch (T)` may name without the simulator defining them. */
const PARENTS: Record<string, string> = {
  ArgumentNullException: 'ArgumentException',
  ArgumentOutOfRangeException: 'ArgumentException',
  TaskCanceledException: 'OperationCanceledException',
  NullReferenceException: 'SystemException',
  DivideByZeroException: 'ArithmeticException',
  ArithmeticException: 'SystemException',
  ArgumentException: 'SystemException',
  NotSupportedException: 'SystemException',
  InvalidOperationException: 'SystemException',
  TimeoutException: 'SystemException',
};

function isNamed(error: unknown, type: string): boolean {
  if (type === 'Exception' || type === 'System.Exception') return error instanceof Error;
  let name: string | undefined = error instanceof Error ? error.name : undefined;
  while (name) {
    if (name === type) return true;
    name = PARENTS[name];
  }
  return false;
}

/** Marks an array that is a C# tuple (ToString `(a, b)`). */
const TUPLE = Symbol('tuple');

const NRE_MESSAGE = 'Object reference not set to an instance of an object.';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** C#'s ToString() of a value (null → "", true → "True"). */
export function csString(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string') return value;
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value) : value > 0 ? '∞' : value < 0 ? '-∞' : 'NaN';
  if (Array.isArray(value) && TUPLE in value) return `(${value.map(csString).join(', ')})`;
  if (Array.isArray(value)) return 'System.Collections.Generic.List`1[System.Object]';
  if (value instanceof Error)
    return `${(value as { fullName?: string }).fullName ?? value.name}: ${value.message}`;
  if (typeof value === 'object') {
    const ctor = (value as object).constructor;
    if (ctor === Object) {
      const parts = Object.entries(value as object).map(([k, v]) => `${k} = ${csString(v)}`);
      return parts.length ? `{ ${parts.join(', ')} }` : '{ }';
    }
    if (
      typeof (value as { toString?: unknown }).toString === 'function' &&
      (value as object).toString !== Object.prototype.toString
    ) {
      return String(value);
    }
    return ctor?.name ?? 'Object';
  }
  return String(value);
}

/** Standard numeric formats: F2, N0, D3, P1, and `0.00`-style custom ones (invariant culture). */
export function csFormat(value: unknown, format: string): string {
  if (typeof value !== 'number') return csString(value);
  const m = /^([FfNnDdPp])(\d*)$/.exec(format);
  if (m) {
    const digits = m[2] === '' ? (m[1].toUpperCase() === 'D' ? 0 : 2) : Number(m[2]);
    switch (m[1].toUpperCase()) {
      case 'F':
        return value.toFixed(digits);
      case 'N':
        return value.toLocaleString('en-US', {
          minimumFractionDigits: digits,
          maximumFractionDigits: digits,
        });
      case 'D':
        return String(Math.trunc(value)).padStart(digits, '0');
      case 'P':
        return `${(value * 100).toFixed(digits)} %`;
    }
  }
  const custom = /^0(?:\.(0+))?$/.exec(format);
  if (custom) return value.toFixed(custom[1]?.length ?? 0);
  return csString(value);
}

/** Banker's rounding, C#'s Math.Round default. */
function roundHalfEven(value: number, digits = 0): number {
  const factor = 10 ** digits;
  const x = value * factor;
  const r = Math.round(x);
  const isHalf = Math.abs(x % 1) === 0.5;
  return (isHalf && r % 2 !== 0 ? r - 1 : r) / factor;
}

/** Base of a snippet-declared class: primary-constructor parameters become fields before field initializers run. */
export class CsObject {
  constructor(primary?: Record<string, unknown>) {
    if (primary) Object.assign(this, primary);
  }
}

/** Base of a record: C#'s `Name { A = 1, B = x }` ToString. */
export class CsRecord extends CsObject {
  override toString(): string {
    const parts = Object.entries(this).map(([k, v]) => `${k} = ${csString(v)}`);
    return `${this.constructor.name} { ${parts.join(', ')} }`;
  }
}

/** A task as a value (what `await Task.WhenAny(…)` gives): a promise cannot resolve to a promise. */
export class TaskRef {
  constructor(readonly task: unknown) {}
}

function unref(value: unknown): unknown {
  return value instanceof TaskRef ? value.task : value;
}

/** The simulator's Task API, as far as the C# runtime uses it. */
export interface SimTaskApi {
  WhenAny(...tasks: unknown[]): PromiseLike<number>;
}

/**
 * `simTask` gives the run's Task API: WhenAny goes through it so that a loser that faults is
 * reported unobserved exactly as for TypeScript snippets (the simulator tracks it).
 */
export function createCSharpRuntime(
  thrown: (error: unknown) => unknown,
  simTask: () => SimTaskApi | undefined = () => undefined,
) {
  const fail = (error: Error): never => {
    throw thrown(error);
  };
  const block = (pending: unknown, wrap: boolean, how: string): unknown => {
    const task = unref(pending);
    if (!(task instanceof Promise)) return fail(new CsException('NullReferenceException', NRE_MESSAGE));
    if (task instanceof SimTask && task.settled === 'resolved') return task.result;
    if (task instanceof SimTask && task.settled === 'rejected') {
      if (!wrap) throw task.reason;
      return fail(
        new CsException(
          'AggregateException',
          `One or more errors occurred. (${(task.reason as Error)?.message ?? ''})`,
          task.reason,
        ),
      );
    }
    return fail(
      new CsException(
        'NotSupportedException',
        `${how} waits for a task that has not completed: .NET would block this thread until it does. ` +
          'The playground runs every flow on one thread and cannot model a blocked thread yet. ' +
          'Use `await` (or await Task.WhenAll first, then read .Result).',
      ),
    );
  };
  return {
    Obj: CsObject,
    Record: CsRecord,
    nn<T>(value: T): T {
      return value === null || value === undefined
        ? fail(new CsException('NullReferenceException', NRE_MESSAGE))
        : value;
    },
    /**
     * A blocking wait in an async flow (the lowering awaits this, then calls `unblock` on the C#
     * line): the flow's thread is held until the task completes, as .NET's caller thread is in a
     * console app (no synchronization context, so no deadlock). The outcome is settled, never thrown
     * here, so that `unblock` raises it with the wait's own line.
     */
    blocked: (
      pending: unknown,
    ): PromiseLike<{ ok: boolean; value?: unknown; error?: unknown }> | { ok: false; error: null } => {
      const task = unref(pending);
      if (!(task instanceof Promise)) return { ok: false, error: null };
      return task.then(
        (value: unknown) => ({ ok: true, value }),
        (error: unknown) => ({ ok: false, error }),
      );
    },
    /** `.Result`/`.Wait()` wrap a fault in AggregateException; `GetAwaiter().GetResult()` rethrows it as it is. */
    unblock: (
      outcome: { ok: boolean; value?: unknown; error?: unknown },
      how: 'result' | 'wait' | 'getResult',
    ): unknown => {
      if (outcome.ok) return how === 'wait' ? undefined : outcome.value;
      if (outcome.error === null) return fail(new CsException('NullReferenceException', NRE_MESSAGE));
      if (how === 'getResult') throw outcome.error;
      return fail(
        new CsException(
          'AggregateException',
          `One or more errors occurred. (${(outcome.error as Error)?.message ?? ''})`,
          outcome.error,
        ),
      );
    },
    result: (task: unknown) => block(task, true, '`.Result`'),
    wait: (task: unknown) => void block(task, true, '`.Wait()`'),
    getResult: (task: unknown) => block(task, false, '`.GetAwaiter().GetResult()`'),
    idiv: (a: number, b: number) =>
      b === 0
        ? fail(new CsException('DivideByZeroException', 'Attempted to divide by zero.'))
        : Math.trunc(a / b),
    irem: (a: number, b: number) =>
      b === 0 ? fail(new CsException('DivideByZeroException', 'Attempted to divide by zero.')) : a % b,
    str: csString,
    fmt: csFormat,
    format: (format: string, ...values: unknown[]) =>
      String(format).replace(/\{(\d+)(?::([^}]+))?\}/g, (_m, i: string, f?: string) =>
        f ? csFormat(values[Number(i)], f) : csString(values[Number(i)]),
      ),
    join: (separator: string, values: Iterable<unknown>) => [...values].map(csString).join(separator),
    concat: (...values: unknown[]) => values.map(csString).join(''),
    isNullOrEmpty: (s: string | null) => s === null || s === undefined || s === '',
    isNullOrWhiteSpace: (s: string | null) => s === null || s === undefined || s.trim() === '',
    round: roundHalfEven,
    parseInt: (s: string) =>
      /^\s*[-+]?\d+\s*$/.test(s)
        ? Number(s)
        : fail(new CsException('FormatException', `The input string '${s}' was not in a correct format.`)),
    parseDouble: (s: string) =>
      Number.isNaN(Number(s)) || s.trim() === ''
        ? fail(new CsException('FormatException', `The input string '${s}' was not in a correct format.`))
        : Number(s),
    exception: (name: string, message?: string, inner?: unknown) =>
      new CsException(name, message ?? `Exception of type 'System.${name}' was thrown.`, inner),
    is(value: unknown, type: unknown): boolean {
      if (typeof type === 'function') return value instanceof type;
      return isNamed(value, String(type));
    },
    as(value: unknown, type: unknown): unknown {
      return this.is(value, type) ? value : null;
    },
    throw(error: unknown): never {
      throw error;
    },
    init<T extends object>(target: T, values: Record<string, unknown>): T {
      return Object.assign(target, values);
    },
    dateTime: (y: number, mo: number, d: number, h = 0, mi = 0, s = 0) =>
      `${pad(y, 4)}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`,
    /** `DateTime.UtcNow` (or `Today`, at midnight) from ms since 1970 UTC: a DateTime as `dateTime` writes it. */
    dateTimeAt(ms: number, dateOnly = false): string {
      const d = new Date(ms);
      const time: [] | [number, number, number] = dateOnly
        ? []
        : [d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()];
      return this.dateTime(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), ...time);
    },
    entriesOf: (entries: { Entity: unknown }[], type: unknown) =>
      entries.filter((e) => typeof type === 'function' && e.Entity instanceof type),
    /** HandledRequest with C#'s member names (the TypeScript API's are camelCase). */
    handled: (task: PromiseLike<{ id: number; status: number; start: number; end: number }[]>) =>
      Promise.resolve(task).then((list) =>
        list.map((r) => ({ ...r, Id: r.id, Status: r.status, Start: r.start, End: r.end })),
      ),
    seq: (value: unknown) => createSeq(value, fail),
    /** A tuple: an array (so `var (a, b) = t` deconstructs it) with Item1…, element names, and C#'s ToString. */
    tuple(names: (string | null)[] | null, ...values: unknown[]): unknown[] {
      const result = Object.assign([...values], { [TUPLE]: true }) as unknown as unknown[] &
        Record<string | symbol, unknown>;
      values.forEach((v, i) => {
        result[`Item${i + 1}`] = v;
        const name = names?.[i];
        if (name) result[name] = v;
      });
      return result;
    },
    /** Task.WhenAny: resolves to a reference to the first task to complete; like .NET it observes none of them. */
    whenAny: (...args: unknown[]): Promise<TaskRef> => {
      const tasks = (args.length === 1 && Array.isArray(args[0]) ? args[0] : args) as PromiseLike<unknown>[];
      const api = simTask();
      if (api) return Promise.resolve(api.WhenAny(tasks)).then((index) => new TaskRef(tasks[index]));
      return new Promise((resolve) => {
        for (const t of tasks) {
          const done = () => resolve(new TaskRef(t));
          Promise.prototype.then.call(t, done, done);
        }
      });
    },
    task: unref,
    same: (a: unknown, b: unknown) => unref(a) === unref(b),
  };
}

export type CSharpRuntime = ReturnType<typeof createCSharpRuntime>;
