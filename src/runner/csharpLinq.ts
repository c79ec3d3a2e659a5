/**
 * LINQ to objects and List<T> methods for lowered C# (`__cs.seq(list).where(…)`): JavaScript
 * arrays lack them, and the lowering routes them here under lower-case names so the runner
 * does not mistake their lambdas for expression trees. Results are plain arrays (a C# List),
 * and errors are .NET's (`Sequence contains no elements`).
 */
import { InvalidOperationException } from '../sim/exceptions.ts';

type Fn<T, R> = (item: T, index: number) => R;
type Key = (item: unknown) => unknown;

function compare(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  return (a as number) < (b as number) ? -1 : 1;
}

export function createSeq(value: unknown, fail: (error: Error) => never) {
  if (typeof value === 'string') {
    return {
      contains: (s: string) => value.includes(s),
      indexOf: (s: string) => value.indexOf(s),
      count: () => value.length,
    };
  }
  if (!Array.isArray(value)) {
    if (value === null || value === undefined) return fail(nullReference());
    if (typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function')
      return createSeq([...(value as Iterable<unknown>)], fail);
    return fail(
      new InvalidOperationException(
        'This LINQ operator runs on lists in the playground, and this value is a query: materialize it first (`await q.ToListAsync()`), or use an operator queries have (Where, OrderBy, Take, Count…).',
      ),
    );
  }
  const items = value as unknown[];
  const none = () => fail(new InvalidOperationException('Sequence contains no elements'));
  const noMatch = () => fail(new InvalidOperationException('Sequence contains no matching element'));
  const filter = (predicate?: Fn<unknown, unknown>) =>
    predicate ? items.filter((x, i) => predicate(x, i)) : items;
  const sorted = (keys: { key: Key; desc: boolean }[]) => {
    const result = [...items].sort((a, b) => {
      for (const k of keys) {
        const c = compare(k.key(a), k.key(b));
        if (c !== 0) return k.desc ? -c : c;
      }
      return 0;
    });
    // ThenBy sorts again by all keys so far (C#'s ordered enumerable).
    return Object.assign(result, { __keys: keys });
  };
  const keysOf = () => (items as unknown as { __keys?: { key: Key; desc: boolean }[] }).__keys ?? [];
  const numbers = (selector?: Fn<unknown, unknown>) =>
    items.map((x, i) => Number(selector ? selector(x, i) : x));
  return {
    where: (predicate: Fn<unknown, unknown>) => filter(predicate),
    select: (selector: Fn<unknown, unknown>) => items.map((x, i) => selector(x, i)),
    selectMany: (selector: Fn<unknown, unknown[]>) => items.flatMap((x, i) => [...selector(x, i)]),
    first: (predicate?: Fn<unknown, unknown>) => {
      const found = filter(predicate);
      return found.length ? found[0] : predicate ? noMatch() : none();
    },
    firstOrDefault: (predicate?: Fn<unknown, unknown>) => filter(predicate)[0] ?? null,
    last: (predicate?: Fn<unknown, unknown>) => {
      const found = filter(predicate);
      return found.length ? found[found.length - 1] : predicate ? noMatch() : none();
    },
    lastOrDefault: (predicate?: Fn<unknown, unknown>) => filter(predicate).at(-1) ?? null,
    single: (predicate?: Fn<unknown, unknown>) => {
      const found = filter(predicate);
      if (found.length > 1)
        return fail(new InvalidOperationException('Sequence contains more than one element'));
      return found.length ? found[0] : predicate ? noMatch() : none();
    },
    singleOrDefault: (predicate?: Fn<unknown, unknown>) => {
      const found = filter(predicate);
      if (found.length > 1)
        return fail(new InvalidOperationException('Sequence contains more than one element'));
      return found[0] ?? null;
    },
    any: (predicate?: Fn<unknown, unknown>) => filter(predicate).length > 0,
    all: (predicate: Fn<unknown, unknown>) => items.every((x, i) => predicate(x, i)),
    count: (predicate?: Fn<unknown, unknown>) => filter(predicate).length,
    sum: (selector?: Fn<unknown, unknown>) => numbers(selector).reduce((a, b) => a + b, 0),
    min: (selector?: Fn<unknown, unknown>) => (items.length ? Math.min(...numbers(selector)) : none()),
    max: (selector?: Fn<unknown, unknown>) => (items.length ? Math.max(...numbers(selector)) : none()),
    average: (selector?: Fn<unknown, unknown>) =>
      items.length ? numbers(selector).reduce((a, b) => a + b, 0) / items.length : none(),
    orderBy: (key: Key) => sorted([{ key, desc: false }]),
    orderByDescending: (key: Key) => sorted([{ key, desc: true }]),
    thenBy: (key: Key) => sorted([...keysOf(), { key, desc: false }]),
    thenByDescending: (key: Key) => sorted([...keysOf(), { key, desc: true }]),
    take: (n: number) => items.slice(0, Math.max(0, n)),
    skip: (n: number) => items.slice(Math.max(0, n)),
    toList: () => [...items],
    toArray: () => [...items],
    toHashSet: () => [...new Set(items)],
    contains: (x: unknown) => items.includes(x),
    distinct: () => [...new Set(items)],
    concat: (other: Iterable<unknown>) => [...items, ...other],
    reverse: () => [...items].reverse(),
    aggregate: (seed: unknown, fn: (acc: unknown, x: unknown) => unknown) => items.reduce(fn, seed),
    groupBy: (key: Key) => {
      const groups = new Map<unknown, unknown[]>();
      for (const x of items) groups.set(key(x), [...(groups.get(key(x)) ?? []), x]);
      return [...groups].map(([Key, list]) => Object.assign(list, { Key }));
    },
    // List<T> (mutating, like C#'s List).
    add: (x: unknown) => void items.push(x),
    addRange: (xs: Iterable<unknown>) => void items.push(...xs),
    insert: (i: number, x: unknown) => void items.splice(i, 0, x),
    remove: (x: unknown) => {
      const i = items.indexOf(x);
      if (i >= 0) items.splice(i, 1);
      return i >= 0;
    },
    removeAt: (i: number) => void items.splice(i, 1),
    clear: () => void items.splice(0, items.length),
    indexOf: (x: unknown) => items.indexOf(x),
    exists: (predicate: Fn<unknown, unknown>) => items.some((x, i) => predicate(x, i)),
    find: (predicate: Fn<unknown, unknown>) => items.find((x, i) => predicate(x, i)) ?? null,
    forEach: (action: Fn<unknown, unknown>) => items.forEach((x, i) => void action(x, i)),
  };
}

function nullReference(): Error {
  const error = new Error('Object reference not set to an instance of an object.');
  error.name = 'NullReferenceException';
  return error;
}
