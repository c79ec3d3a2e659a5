/**
 * createSimulation: one run of a snippet against the simulated EF Core runtime.
 * See simulation.ts for the contract and clock.ts for the scheduling rule.
 */
import { ConnectionPool } from './connectionPool.ts';
import { createConsole } from './consoleSink.ts';
import { createTimers } from './timers.ts';
import type { RunEnv } from './contextCore.ts';
import { createDatabaseTemplate } from './data/database.ts';
import { defaultModel } from './data/model.ts';
import { defineAppDb, DbContextOptionsBuilder } from './dbContext.ts';
import { defineEntityClasses } from './entities.ts';
import {
  DbUpdateConcurrencyException,
  DbUpdateException,
  InvalidOperationException,
  ObjectDisposedException,
  SqliteException,
  toExceptionInfo,
} from './exceptions.ts';
import { createLifetimes } from './lifetimes.ts';
import { Runtime, StopRun } from './runtime.ts';
import { DEFAULT_SETTINGS, LIMIT_REASONS, type Simulation, type SimulationOptions } from './simulation.ts';
import { createTaskApi } from './tasks.ts';
import { createSnippetPromise } from './snippetPromise.ts';
import { createDeterministicGlobals } from './deterministicGlobals.ts';
import type { ExceptionInfo, Run } from './trace.ts';

export { DEFAULT_SETTINGS } from './simulation.ts';
export { DEFAULT_PROVIDER, PROVIDERS, PROVIDER_LABELS, isProvider, type Provider } from './provider.ts';
export type { CallSite, CallSiteSource, Simulation, SimulationOptions, SimSettings } from './simulation.ts';
export type * from './trace.ts';
export { defaultModel } from './data/model.ts';
export { defineModel } from './data/defineModel.ts';
export type { ModelDef } from './data/modelTypes.ts';
export { EXPRESSION_METHODS, isLambda } from './expression.ts';

export const EntityState = {
  Detached: 'Detached',
  Unchanged: 'Unchanged',
  Deleted: 'Deleted',
  Modified: 'Modified',
  Added: 'Added',
} as const;

function once<T>(make: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: make() }).v;
}

/** An enumerable global whose value is made on first read (and then kept). */
function defineLazy(target: Record<string, unknown>, name: string, make: () => unknown): void {
  Object.defineProperty(target, name, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(target, name, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
  });
}

export async function createSimulation(options: SimulationOptions): Promise<Simulation> {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  // A settings object may carry `provider: undefined` (older callers): that means the default.
  settings.provider ??= DEFAULT_SETTINGS.provider;
  const model = options.model ?? defaultModel;
  const rt = new Runtime(
    settings,
    options.callSite ?? (() => null),
    options.trackerSnapshots ?? true,
    options.resumed,
  );
  rt.trace.emit({
    type: 'run-start',
    latencyMs: settings.latencyMs,
    jitterMs: settings.jitterMs,
    seed: settings.seed,
    provider: settings.provider,
  });
  const database = createDatabaseTemplate(options.sql, model).open();
  const env: RunEnv = {
    rt,
    model,
    pool: new ConnectionPool(rt.scheduler),
    database,
    entityClasses: defineEntityClasses(model),
    pendingOrigin: null,
  };
  const AppDb = defineAppDb(env);
  const lifetimes = createLifetimes(env, AppDb);
  const nativeRejections: ExceptionInfo[] = [];

  const globals: Record<string, unknown> = {
    db: lifetimes.injected,
    AppDb,
    DbContextOptionsBuilder,
    factory: lifetimes.factory,
    scopes: lifetimes.scopes,
    app: lifetimes.app,
    ServiceLifetime: lifetimes.ServiceLifetime,
    EntityState,
    InvalidOperationException,
    ObjectDisposedException,
    DbUpdateException,
    DbUpdateConcurrencyException,
    SqliteException,
    __flow: {
      current: () => rt.flow,
      restore<T>(flow: number, value: T): T {
        rt.flow = flow;
        rt.resumed();
        return value;
      },
    },
  };
  // Built on first read: the runner reads only the globals a snippet mentions, and most
  // snippets never touch timers, Date or Math.
  const taskApi = once(() => createTaskApi(rt));
  const timers = once(() => createTimers(rt));
  const deterministic = once(() => createDeterministicGlobals(rt));
  defineLazy(globals, 'Task', () => taskApi().Task);
  defineLazy(globals, 'Promise', () => createSnippetPromise(rt));
  defineLazy(globals, 'Parallel', () => taskApi().Parallel);
  defineLazy(globals, 'console', () => createConsole(rt));
  defineLazy(globals, 'Date', () => deterministic().Date);
  defineLazy(globals, 'Math', () => deterministic().Math);
  defineLazy(globals, 'setTimeout', () => timers().setTimeout);
  defineLazy(globals, 'clearTimeout', () => timers().clearTimeout);
  for (const [name, cls] of env.entityClasses) globals[name] = cls;

  /** Load mode: the snippet as `count` concurrent requests, all starting now. */
  function startRequests(
    count: number,
    body: (globals: Record<string, unknown>) => Promise<unknown>,
    settle: (error: { error: unknown } | null) => void,
  ): void {
    let remaining = count;
    let firstFailure: { id: number; error: unknown } | null = null;
    for (let i = 0; i < count; i++) {
      rt.scheduler.schedule(0, () => {
        lifetimes.beginRequest(
          null,
          (scope) =>
            body(
              Object.create(globals, {
                db: { value: lifetimes.injectedContext(scope), enumerable: true },
              }) as Record<string, unknown>,
            ),
          (info, error) => {
            if (error !== undefined && (!firstFailure || info.id < firstFailure.id))
              firstFailure = { id: info.id, error };
            if (--remaining === 0) settle(firstFailure ? { error: firstFailure.error } : null);
          },
        );
      });
    }
  }

  async function run(body: (globals: Record<string, unknown>) => Promise<unknown>): Promise<Run> {
    let bodyDone = false;
    let bodyError: { error: unknown } | null = null;
    let rootDisposed = false;
    const requestCount = Math.max(1, Math.floor(options.requests ?? 1));
    if (requestCount > 1) {
      // The requests own their scopes; the root request has nothing to dispose.
      rootDisposed = true;
      startRequests(requestCount, body, (failure) => {
        bodyDone = true;
        bodyError = failure;
      });
    } else {
      try {
        Promise.resolve(body(globals)).then(
          () => (bodyDone = true),
          (error) => {
            bodyDone = true;
            bodyError = { error };
            if (!(error instanceof StopRun))
              rt.trace.emit(
                { type: 'exception', exception: toExceptionInfo(error), unobserved: false },
                toExceptionInfo(error).line,
                1,
              );
          },
        );
      } catch (error) {
        bodyDone = true;
        bodyError = { error };
      }
    }
    // Steps fired in a row at one virtual instant (the step cap).
    let lastStepAt = -1;
    let zeroTimeSteps = 0;
    try {
      for (;;) {
        await options.yieldToHost();
        if (rt.stopped) break;
        if (bodyDone && !rootDisposed) {
          // The request that injected `db` has ended: its scope (and `db`) is disposed now.
          // Disposing schedules nothing, so there is no need to hop to the host again.
          rootDisposed = true;
          rt.inFlow(1, () => rt.internal(() => lifetimes.rootScope.Dispose()));
        }
        const due = rt.scheduler.peek();
        if (due === null) {
          if (!bodyDone)
            rt.stopped =
              'The snippet is waiting for something that can never happen: a promise nothing will ever settle.';
          break;
        }
        if (due > settings.maxVirtualMs) {
          rt.stopped = `Stopped at ${settings.maxVirtualMs} ms of simulated time (the virtual-time cap). Is something waiting or looping forever?`;
          break;
        }
        if (due > lastStepAt) {
          lastStepAt = due;
          zeroTimeSteps = 0;
        } else if (++zeroTimeSteps > settings.maxZeroTimeSteps) {
          rt.stopped = LIMIT_REASONS.zeroTimeSteps(settings.maxZeroTimeSteps, rt.now);
          break;
        }
        try {
          rt.resumed();
          rt.scheduler.fireNext();
        } catch (error) {
          if (!(error instanceof StopRun)) throw error;
        }
      }
      return buildRun(bodyError);
    } finally {
      database.close();
    }
  }

  function buildRun(bodyError: { error: unknown } | null): Run {
    rt.trace.recordLiveEntries();
    const unobserved: ExceptionInfo[] = [];
    for (const task of rt.tasks) {
      if (task.settled !== 'rejected' || task.observed || task.reason instanceof StopRun) continue;
      const info = toExceptionInfo(task.reason);
      unobserved.push(info);
      const op = info.operation != null ? rt.trace.operations.get(info.operation) : undefined;
      if (op) op.unobserved = true;
      rt.trace.emit({ type: 'exception', exception: info, unobserved: true }, info.line);
    }
    const bodyReason = bodyError?.error;
    for (const reason of rt.lostRejections) {
      if (
        reason === bodyReason ||
        reason instanceof StopRun ||
        rt.tasks.some((t) => t.reason === reason && !t.observed)
      )
        continue;
      nativeRejections.push(toExceptionInfo(reason));
    }
    for (const info of nativeRejections) {
      unobserved.push(info);
      rt.trace.emit({ type: 'exception', exception: info, unobserved: true }, info.line);
    }
    const stoppedBy = rt.stopped;
    const threw = bodyError !== null && !((bodyError as { error: unknown }).error instanceof StopRun);
    const outcome = stoppedBy ? 'stopped' : threw ? 'threw' : 'ok';
    rt.trace.emit({ type: 'run-end', outcome, reason: stoppedBy });
    return {
      outcome,
      exception: threw ? toExceptionInfo((bodyError as { error: unknown }).error) : null,
      unobserved,
      contexts: [...rt.trace.contexts.values()],
      operations: [...rt.trace.operations.values()],
      sql: rt.trace.sql,
      console: rt.trace.console,
      durationMs: rt.now,
      stopReason: stoppedBy,
      settings: {
        latencyMs: settings.latencyMs,
        jitterMs: settings.jitterMs,
        seed: settings.seed,
        provider: settings.provider,
      },
      trace: rt.trace.events,
      requests: lifetimes.requests,
      diagnostics: [],
    };
  }

  return {
    globals,
    run,
    stop(reason: string) {
      if (!rt.stopped) rt.stopped = reason;
    },
    reportUnhandledRejection(reason: unknown) {
      // SimTasks are tracked (and handled) by the simulator itself; only native promises land here.
      // A task nobody observed is reported by buildRun; an observed one (awaited inside an async
      // function whose own promise nobody awaits) leaves that promise's failure to report here.
      if (reason instanceof StopRun || rt.tasks.some((t) => t.reason === reason && !t.observed)) return;
      nativeRejections.push(toExceptionInfo(reason));
    },
  };
}
