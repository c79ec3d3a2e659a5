/**
 * The `Promise` a snippet sees: JavaScript's own, except that `Promise.all` reports what it
 * drops. `Promise.all` rejects at the first rejection and leaves the other promises running; a
 * later failure among them reaches nobody. JavaScript counts it as handled (Promise.all
 * subscribed to it), so nothing would say it happened: the request ends, its context is disposed
 * under a query still in flight, and that query's failure vanishes. For the learner that is an
 * exception nobody observed, as a task nobody awaits is in .NET, so the run reports it as one.
 * (Task.WhenAll waits for every task and keeps every failure: `.Exception.InnerExceptions`.)
 *
 * The realm's intrinsics are frozen (runner/realm/lockdown.ts), so this is a proxy in front of
 * the real constructor, not a patch: `new Promise`, `instanceof Promise`, `class X extends
 * Promise` and the other statics are the real ones.
 */
import type { Runtime } from './runtime.ts';
import { SimTask } from './simTask.ts';

export function createSnippetPromise(rt: Runtime): PromiseConstructor {
  function all(values: Iterable<unknown>): Promise<unknown[]> {
    const items = [...values];
    return new Promise((resolve, reject) => {
      const results: unknown[] = new Array(items.length);
      let remaining = items.length;
      let rejected = false;
      if (remaining === 0) resolve(results);
      items.forEach((item, index) => {
        const fulfilled = (value: unknown) => {
          if (item instanceof SimTask) item.observed = true;
          results[index] = value;
          if (--remaining === 0 && !rejected) resolve(results);
        };
        const failed = (reason: unknown) => {
          if (rejected) {
            // Lost: a plain promise's failure is reported at the end of the run unless the
            // snippet rethrew it; a task's stays unobserved unless someone else awaits it.
            if (!(item instanceof SimTask)) rt.lostRejections.push(reason);
            return;
          }
          rejected = true;
          if (item instanceof SimTask) item.observed = true;
          reject(reason);
        };
        // Subscribe past SimTask.then, which would count as observing the task.
        if (item instanceof SimTask) Promise.prototype.then.call(item, fulfilled, failed);
        else Promise.resolve(item).then(fulfilled, failed);
      });
    });
  }

  const bound = new Map<PropertyKey, unknown>();
  const proxy: PromiseConstructor = new Proxy(function Promise() {} as unknown as PromiseConstructor, {
    get(_, key) {
      if (key === 'all') return all;
      const value: unknown = Reflect.get(Promise, key);
      if (typeof value !== 'function' || key === 'constructor') return value;
      // Statics act on the real constructor: Promise.resolve(p) === p holds as usual.
      if (!bound.has(key)) bound.set(key, (value as (...a: unknown[]) => unknown).bind(Promise));
      return bound.get(key);
    },
    has: (_, key) => Reflect.has(Promise, key),
    construct: (_, args, newTarget) =>
      Reflect.construct(Promise, args, newTarget === proxy ? Promise : newTarget),
    apply: () => Reflect.apply(Promise, undefined, []),
  });
  return proxy;
}
