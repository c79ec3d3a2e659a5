/**
 * .NET-shaped task helpers on the virtual clock.
 * - Task.WhenAll waits for *all* tasks, then faults with the first failure in task order (what
 *   `await Task.WhenAll(...)` rethrows in .NET) — unlike Promise.all, which rejects at the first.
 * - Task.WhenAny completes when the first task finishes, with that task's index.
 * - Task.Run queues its body to start at this instant, after the current continuations, in a new
 *   async flow; Task.Delay is exact; Task.Yield yields once.
 * - Parallel.ForEachAsync runs MaxDegreeOfParallelism workers (default 4, the simulated
 *   Environment.ProcessorCount), each taking the next item when its previous body completed;
 *   after a failure no new items start, in-flight ones finish, then it faults with the first error.
 */
import type { Runtime } from './runtime.ts';
import { SimTask } from './simTask.ts';

type Awaitable<T = unknown> = T | PromiseLike<T>;

function listOf<T>(args: unknown[]): T[] {
  return (args.length === 1 && Array.isArray(args[0]) ? args[0] : args) as T[];
}

export const DEFAULT_DEGREE_OF_PARALLELISM = 4;

export function createTaskApi(rt: Runtime) {
  const Task = {
    WhenAll(...args: unknown[]): SimTask<unknown[]> {
      const tasks = listOf<Awaitable>(args);
      const source = rt.taskSource<unknown[]>(rt.line());
      const results: unknown[] = new Array(tasks.length);
      const failures: { index: number; error: unknown }[] = [];
      let remaining = tasks.length;
      if (remaining === 0) source.resolve(results);
      tasks.forEach((t, index) => {
        Promise.resolve(t).then(
          (value) => {
            results[index] = value;
            if (--remaining === 0) settle();
          },
          (error) => {
            failures.push({ index, error });
            if (--remaining === 0) settle();
          },
        );
      });
      function settle() {
        if (failures.length === 0) return source.resolve(results);
        failures.sort((a, b) => a.index - b.index);
        source.reject(failures[0].error);
      }
      return source.task;
    },

    /**
     * Completes when the first task completes (either way). .NET returns that task; a JavaScript
     * promise cannot resolve *to* a promise (it would adopt its outcome), so this resolves to the
     * index of the first task to complete: `if (await Task.WhenAny(a, b) === 0) …`.
     */
    WhenAny(...args: unknown[]): SimTask<number> {
      const tasks = listOf<PromiseLike<unknown>>(args);
      const source = rt.taskSource<number>(rt.line());
      tasks.forEach((t, index) => {
        const done = () => source.resolve(index);
        // .NET's WhenAny does not observe its tasks: a loser that faults stays unobserved (real
        // EF Core 10, conformance lesson 09). Subscribe past SimTask.then, which would mark it.
        if (t instanceof SimTask) Promise.prototype.then.call(t, done, done);
        else
          Promise.resolve(t).then(done, (reason: unknown) => {
            if (source.task.settled !== 'pending') rt.lostRejections.push(reason);
            done();
          });
      });
      return source.task;
    },

    Run<T>(body: () => Awaitable<T>): SimTask<T> {
      const line = rt.line();
      const source = rt.taskSource<T>(line);
      const flow = rt.newFlow('Task.Run', line);
      const end = (status: 'ok' | 'threw') => rt.trace.emit({ type: 'flow-end', status }, line, flow);
      rt.scheduler.schedule(0, () =>
        rt.inFlow(flow, () =>
          adopt(
            body,
            (value) => {
              end('ok');
              source.resolve(value);
            },
            (error) => {
              end('threw');
              source.reject(error);
            },
          ),
        ),
      );
      return source.task;
    },

    Delay(ms: number): SimTask<void> {
      const source = rt.taskSource<void>(rt.line());
      rt.scheduler.schedule(Math.max(0, Number(ms) || 0), () => source.resolve());
      return source.task;
    },

    Yield(): SimTask<void> {
      return Task.Delay(0);
    },

    FromResult<T>(value: T): SimTask<T> {
      const source = rt.taskSource<T>(rt.line());
      source.resolve(value);
      return source.task;
    },

    get CompletedTask(): SimTask<void> {
      return Task.FromResult<void>(undefined);
    },
  };

  const Parallel = {
    ForEachAsync<T>(
      items: Iterable<T>,
      optionsOrBody: { MaxDegreeOfParallelism?: number } | ((item: T, token: CancellationToken) => Awaitable),
      maybeBody?: (item: T, token: CancellationToken) => Awaitable,
    ): SimTask<void> {
      const body = (typeof optionsOrBody === 'function' ? optionsOrBody : maybeBody)!;
      const options = typeof optionsOrBody === 'function' ? {} : optionsOrBody;
      const requested = options.MaxDegreeOfParallelism ?? -1;
      const dop = requested > 0 ? requested : DEFAULT_DEGREE_OF_PARALLELISM;
      const queue = [...items];
      const line = rt.line();
      const source = rt.taskSource<void>(line);
      const token: CancellationToken = { IsCancellationRequested: false };
      const failures: unknown[] = [];
      let active = 0;
      const workers = Math.min(dop, queue.length);
      if (workers === 0) source.resolve();
      const next = (flow: number) => {
        const item = queue.shift();
        if (item === undefined || token.IsCancellationRequested) {
          rt.trace.emit({ type: 'flow-end', status: failures.length ? 'threw' : 'ok' }, line, flow);
          if (--active > 0) return;
          if (failures.length) source.reject(failures[0]);
          else source.resolve();
          return;
        }
        adopt(
          () => body(item, token),
          () => rt.inFlow(flow, () => next(flow)),
          (error) => {
            failures.push(error);
            token.IsCancellationRequested = true;
            rt.inFlow(flow, () => next(flow));
          },
        );
      };
      for (let i = 0; i < workers; i++) {
        active++;
        const flow = rt.newFlow(`Parallel.ForEachAsync worker ${i + 1}`, line);
        rt.scheduler.schedule(0, () => rt.inFlow(flow, () => next(flow)));
      }
      return source.task;
    },
  };

  return { Task, Parallel };
}

export interface CancellationToken {
  IsCancellationRequested: boolean;
}

/** Runs `body` now and forwards its outcome, whether it returns, throws or returns a promise. */
export function adopt<T>(
  body: () => Awaitable<T>,
  resolve: (v: T) => void,
  reject: (e: unknown) => void,
): void {
  let result: Awaitable<T>;
  try {
    result = body();
  } catch (error) {
    reject(error);
    return;
  }
  Promise.resolve(result).then(resolve, reject);
}
