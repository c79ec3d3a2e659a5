/**
 * The life of one database operation on a context, sync or async:
 *
 *   op-start → disposed? → plan (translate; no commands → done, no detector entry)
 *   → ConcurrencyDetector.tryEnter (collision → InvalidOperationException for *this* caller)
 *   → open a pooled connection → each command takes its drawn latency on the virtual clock
 *   → the commands run against SQLite at the operation's completion, atomically (one SaveChanges
 *     is one transaction; nothing else can interleave inside it)
 *   → results processed (materialize, track, accept changes) → detector exit → connection closed
 *   → op-end.
 *
 * An async operation returns a SimTask that faults instead of throwing (an async method never
 * throws synchronously); a synchronous one throws and blocks the clock for its round-trips.
 *
 * The provider (provider.ts) changes two steps: on `sqlite` an async operation does its round-trip
 * blocking, like its synchronous twin, and returns a completed task; on `sqlserver` (no MARS) a
 * command is refused while another operation of the context has a command or reader open.
 */
import type { ConcurrencyDetector } from './concurrencyDetector.ts';
import type { ConnectionActivity } from './connectionActivity.ts';
import type { ConnectionPool } from './connectionPool.ts';
import type { DataAccess, PlannedCommand } from './dataAccess.ts';
import {
  DotnetException,
  InvalidOperationException,
  ObjectDisposedException,
  toExceptionInfo,
} from './exceptions.ts';
import { CONCURRENT_METHOD_INVOCATION, POOL_TIMEOUT, contextDisposed } from './messages.ts';
import type { Runtime } from './runtime.ts';
import type { CallSite } from './simulation.ts';
import type { SimTask } from './simTask.ts';
import type { OperationKind } from './trace.ts';
import { libraryFrames, type FailureKind } from './libraryFrames.ts';
import { completesSynchronously, oneCommandPerConnection } from './provider.ts';

/** What an operation needs from its context. */
export interface ContextCore {
  readonly id: number;
  readonly rt: Runtime;
  readonly detector: ConcurrencyDetector;
  /** What the context's connection is busy with (SQL Server without MARS refuses a second command). */
  readonly activity: ConnectionActivity;
  readonly pool: ConnectionPool;
  readonly data: DataAccess;
  readonly contextName: string;
  readonly disposed: boolean;
}

export interface OpPlan<T> {
  commands: PlannedCommand[];
  /** Runs the commands' results through EF Core's logic; may throw (DbUpdateConcurrencyException…). */
  complete(results: unknown[]): T;
  /** One-line description for the trace (`50 Customer`, `1 row saved`). */
  summary(value: T): string;
}

export interface OpDescriptor {
  name: string;
  kind: OperationKind;
  entity: string | null;
}

interface Started {
  op: number;
  site: CallSite | null;
  line: number | null;
}

function start(ctx: ContextCore, d: OpDescriptor, sync: boolean): Started {
  const site = ctx.rt.site();
  const line = site?.line ?? null;
  const op = ctx.rt.newOpId();
  ctx.rt.trace.opStarted(op, ctx.id, d.name, d.kind, d.entity, sync, line);
  return { op, site, line };
}

/** Disposed check every public API makes first (EFCORE.md Decision 7). */
export function disposedError(
  ctx: ContextCore,
  site: CallSite | null,
  method: string,
  op: number | null,
): ObjectDisposedException {
  return ctx.rt.decorate(
    new ObjectDisposedException(contextDisposed(ctx.contextName)),
    site,
    libraryFrames('disposed', method),
    op,
  );
}

function fail(ctx: ContextCore, s: Started, d: OpDescriptor, error: unknown): unknown {
  const decorated =
    error instanceof DotnetException && error.userFrames.length === 0
      ? ctx.rt.decorate(
          error,
          s.site,
          error.libraryFrames.length ? error.libraryFrames : libraryFrames(failureOf(error), d.name, d.kind),
          s.op,
        )
      : error;
  if (decorated instanceof DotnetException && decorated.operation === null) decorated.operation = s.op;
  ctx.rt.trace.opEnded(
    s.op,
    'threw',
    toExceptionInfo(decorated, s.site?.frames ?? []),
    decorated instanceof Error ? decorated.name : 'error',
  );
  return decorated;
}

function failureOf(error: DotnetException): FailureKind {
  if (error.message.includes('cannot be tracked')) return 'identity';
  if (error.name === 'DbUpdateConcurrencyException') return 'concurrency';
  if (error.name === 'DbUpdateException' || error.name === 'SqliteException') return 'generic';
  if (error.message.includes('could not be translated')) return 'translation';
  return 'generic';
}

/** Preflight shared by sync and async: disposed, plan, detector. Returns the plan or throws. */
function prepare<T>(ctx: ContextCore, s: Started, d: OpDescriptor, plan: () => OpPlan<T>): OpPlan<T> {
  if (ctx.disposed) throw disposedError(ctx, s.site, d.name, s.op);
  const p = plan();
  if (p.commands.length === 0) return p;
  enterDetector(ctx, s.op, s.site, d);
  sendCommand(ctx, s.op, s.site, d);
  return p;
}

/**
 * The command reaches the connection. On SQL Server without MARS, SqlClient refuses it while
 * another operation of this context has a command or a reader open; the refused operation leaves
 * the detector it had just entered.
 */
export function sendCommand(ctx: ContextCore, op: number, site: CallSite | null, d: OpDescriptor): void {
  const refusal = oneCommandPerConnection(ctx.rt.settings.provider) ? ctx.activity.refusal(op) : null;
  if (refusal === null) {
    ctx.activity.commandSent(op);
    return;
  }
  if (ctx.detector.holder === op) {
    ctx.detector.exit(op);
    ctx.rt.trace.emit({ type: 'detector-exit', context: ctx.id, op }, site?.line ?? null);
  }
  throw ctx.rt.decorate(
    new InvalidOperationException(refusal),
    site,
    libraryFrames('reader', d.name, d.kind),
    op,
  );
}

/**
 * The one place an operation enters its context's ConcurrencyDetector (rule: concurrencyDetector.ts).
 * A collision is recorded against the holder and thrown to *this* caller; the holder carries on.
 */
export function enterDetector(ctx: ContextCore, op: number, site: CallSite | null, d: OpDescriptor): void {
  const line = site?.line ?? null;
  const holder = ctx.detector.tryEnter(op, line);
  if (holder !== null) {
    const info = ctx.rt.trace.operations.get(op);
    if (info) info.collidedWith = holder;
    ctx.rt.trace.emit(
      {
        type: 'collision',
        context: ctx.id,
        op,
        holder,
        holderLine: ctx.detector.holderLine,
        message: CONCURRENT_METHOD_INVOCATION,
      },
      line,
    );
    throw ctx.rt.decorate(
      new InvalidOperationException(CONCURRENT_METHOD_INVOCATION),
      site,
      libraryFrames('collision', d.name, d.kind),
      op,
    );
  }
  ctx.rt.trace.emit({ type: 'detector-enter', context: ctx.id, op }, line);
}

function release(ctx: ContextCore, s: Started, connection: number | null): void {
  ctx.activity.ended(s.op);
  if (ctx.detector.holder === s.op) {
    ctx.detector.exit(s.op);
    ctx.rt.trace.emit({ type: 'detector-exit', context: ctx.id, op: s.op }, s.line);
  }
  if (connection !== null) {
    ctx.rt.trace.emit({ type: 'connection-close', context: ctx.id, connection, op: s.op }, s.line);
    ctx.pool.close(connection);
  }
}

function opened(ctx: ContextCore, s: Started, connection: number): void {
  const info = ctx.rt.trace.operations.get(s.op);
  if (info) info.connection = connection;
  ctx.rt.trace.emit({ type: 'connection-open', context: ctx.id, connection, op: s.op }, s.line);
}

/** Runs the commands and the completion logic; returns the value or throws (after cleanup). */
function finish<T>(
  ctx: ContextCore,
  s: Started,
  d: OpDescriptor,
  p: OpPlan<T>,
  connection: number,
  starts: number[],
  latencies: number[],
): T {
  try {
    const results = ctx.data.execute(p.commands, {
      context: ctx.id,
      connection,
      op: s.op,
      starts,
      latencies,
      method: d.name,
      saving: d.kind === 'save',
      connectionClosed: ctx.disposed,
      contextName: ctx.contextName,
    });
    const value = p.complete(results);
    release(ctx, s, connection);
    ctx.rt.trace.opEnded(s.op, 'ok', null, p.summary(value));
    return value;
  } catch (error) {
    release(ctx, s, connection);
    throw fail(ctx, s, d, error);
  }
}

/** An async database operation: returns a SimTask that completes on the virtual clock. */
export function runAsync<T>(ctx: ContextCore, d: OpDescriptor, plan: () => OpPlan<T>): SimTask<T> {
  const s = start(ctx, d, false);
  const source = ctx.rt.taskSource<T>(s.line);
  const flow = ctx.rt.flow;
  let p: OpPlan<T>;
  try {
    p = prepare(ctx, s, d, plan);
  } catch (error) {
    source.reject(fail(ctx, s, d, error));
    return source.task;
  }
  if (p.commands.length === 0) {
    const value = p.complete([]);
    ctx.rt.trace.opEnded(s.op, 'ok', null, p.summary(value));
    source.resolve(value);
    return source.task;
  }
  if (completesSynchronously(ctx.rt.settings.provider)) {
    // Microsoft.Data.Sqlite: the "async" round-trip runs on the caller's thread, before the call returns.
    try {
      source.resolve(blockingRoundTrip(ctx, s, d, p));
    } catch (error) {
      source.reject(error);
    }
    return source.task;
  }
  const go = (connection: number) => {
    opened(ctx, s, connection);
    const latencies = p.commands.map(() => ctx.rt.drawLatency());
    const starts: number[] = [];
    let at = ctx.rt.now;
    for (const l of latencies) {
      starts.push(at);
      at += l;
    }
    ctx.rt.scheduler.schedule(at - ctx.rt.now, () =>
      ctx.rt.inFlow(flow, () => {
        try {
          source.resolve(finish(ctx, s, d, p, connection, starts, latencies));
        } catch (error) {
          source.reject(error);
        }
      }),
    );
  };
  const connection = ctx.pool.tryOpen();
  if (connection !== null) go(connection);
  else
    ctx.pool.openLater(
      (c) => ctx.rt.inFlow(flow, () => go(c)),
      () =>
        ctx.rt.inFlow(flow, () => {
          release(ctx, s, null);
          source.reject(
            fail(
              ctx,
              s,
              d,
              ctx.rt.decorate(
                new InvalidOperationException(POOL_TIMEOUT),
                s.site,
                libraryFrames('pool', d.name),
              ),
            ),
          );
        }),
    );
  return source.task;
}

/** A synchronous database operation: blocks the (only) thread for its round-trips. */
export function runSync<T>(ctx: ContextCore, d: OpDescriptor, plan: () => OpPlan<T>): T {
  const s = start(ctx, d, true);
  let p: OpPlan<T>;
  try {
    p = prepare(ctx, s, d, plan);
  } catch (error) {
    throw fail(ctx, s, d, error);
  }
  if (p.commands.length === 0) {
    const value = p.complete([]);
    ctx.rt.trace.opEnded(s.op, 'ok', null, p.summary(value));
    return value;
  }
  return blockingRoundTrip(ctx, s, d, p);
}

/** Opens a connection and spends the commands' latency holding the (only) thread, then finishes. */
function blockingRoundTrip<T>(ctx: ContextCore, s: Started, d: OpDescriptor, p: OpPlan<T>): T {
  const connection = ctx.pool.tryOpen();
  if (connection === null) {
    // Nobody else can run while this thread blocks, so nothing will free a connection.
    ctx.rt.scheduler.block(ctx.pool.timeoutMs);
    release(ctx, s, null);
    throw fail(
      ctx,
      s,
      d,
      ctx.rt.decorate(new InvalidOperationException(POOL_TIMEOUT), s.site, libraryFrames('pool', d.name)),
    );
  }
  opened(ctx, s, connection);
  const latencies = p.commands.map(() => ctx.rt.drawLatency());
  const starts: number[] = [];
  for (const l of latencies) {
    starts.push(ctx.rt.now);
    ctx.rt.scheduler.block(l);
  }
  return finish(ctx, s, d, p, connection, starts, latencies);
}

/** An operation that never touches the database (Add, Update, Entry…): instantaneous, no detector. */
export function runLocal<T>(
  ctx: ContextCore,
  d: OpDescriptor,
  work: (op: number, line: number | null) => T,
  summary: (v: T) => string = () => '',
): T {
  const s = start(ctx, d, true);
  try {
    if (ctx.disposed) throw disposedError(ctx, s.site, d.name, s.op);
    const value = work(s.op, s.line);
    ctx.rt.trace.opEnded(s.op, 'ok', null, summary(value));
    return value;
  } catch (error) {
    throw fail(ctx, s, d, error);
  }
}
