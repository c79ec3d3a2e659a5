/**
 * SimTask: the promise every simulated async API returns, standing in for .NET's Task.
 *
 * It is a real Promise (await, Promise.all and .then work as usual) that also knows whether
 * anyone observed it: `await`, `.then`, `.catch`, Promise.all and Task.WhenAll all call `then`.
 * A SimTask that faults and is never observed is reported as an *unobserved* exception — in .NET
 * it would vanish silently (TaskScheduler.UnobservedTaskException), which is exactly how
 * fire-and-forget bugs hide.
 */
export class SimTask<T> extends Promise<T> {
  /** Derived promises (`.then(...)`) are plain Promises: only the task itself is tracked. */
  static get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  observed = false;
  settled: 'pending' | 'resolved' | 'rejected' = 'pending';
  reason: unknown = undefined;
  /** The value it completed with: what C#'s blocking `.Result` reads (src/runner/csharpRuntime.ts). */
  result: T | undefined = undefined;
  /** Snippet line that started the task, for reporting. */
  line: number | null = null;

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    this.observed = true;
    return super.then(onfulfilled, onrejected);
  }
}

export interface TaskSource<T> {
  task: SimTask<T>;
  resolve(value: T): void;
  reject(reason: unknown): void;
}

/** Creates a task plus the functions that complete it (TaskCompletionSource). */
export function createTaskSource<T>(registry: SimTask<unknown>[]): TaskSource<T> {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const task = new SimTask<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  registry.push(task as SimTask<unknown>);
  return {
    task,
    resolve(value) {
      if (task.settled !== 'pending') return;
      task.settled = 'resolved';
      task.result = value;
      resolve(value);
    },
    reject(reason) {
      if (task.settled !== 'pending') return;
      task.settled = 'rejected';
      task.reason = reason;
      // Our own bookkeeping must not count as the snippet observing it, and the host must not
      // report it as an unhandled rejection: attach a silent handler through Promise.prototype.
      Promise.prototype.then.call(task, undefined, () => undefined);
      reject(reason);
    },
  };
}
