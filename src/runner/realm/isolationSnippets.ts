/**
 * Snippets that attack the realm they run in, shared by the Node isolation test and the browser
 * one (e2e): a run of VANDAL must change nothing that a later run of OBSERVER (or of any lesson)
 * can see.
 *
 * VANDAL walks everything a snippet can reach from its globals — objects, functions, prototypes,
 * a context, a query, an entity, a task — and leaves a mark on each object it may extend; then
 * it tries the classic attacks on intrinsics, the host and the database's file system. OBSERVER
 * walks the same graph and throws, naming every mark it finds and every attack that stuck, or
 * prints `clean`.
 */

/** The walk both snippets share: every object reachable from `roots`, breadth first. */
const WALK = String.raw`// @ts-nocheck (untyped on purpose: the type check is no security boundary)
const MARK = '__vandal';
async function reachable() {
  const ctx = factory.CreateDbContext();
  const roots = {
    db, AppDb, DbContextOptionsBuilder, factory, scopes, EntityState, Task, Parallel, console, Date, Math,
    Customer, Order, InvalidOperationException, ObjectDisposedException, DbUpdateConcurrencyException,
    Object, Array, Promise, JSON, Reflect, Error, TypeError, RangeError, Symbol, Map, Set, WeakMap, RegExp,
    String, Number, Boolean, BigInt, Proxy, Intl, Uint8Array, ArrayBuffer, DataView,
    ctx, set: ctx.Customers, query: ctx.Customers.Where((c) => c.Id > 1), entity: await ctx.Customers.FirstAsync(),
    entry: null, tracker: ctx.ChangeTracker, facade: ctx.Database, task: Task.Delay(1), options: new DbContextOptionsBuilder(),
    iter: [][Symbol.iterator](), gen: (function* () {})(), agen: (async function* () {})(), fn: async () => {},
  };
  roots.entry = ctx.Entry(roots.entity);
  await roots.task;
  const seen = new Set();
  const queue = Object.entries(roots).map(([k, v]) => [k, v]);
  const out = [];
  while (queue.length) {
    const [path, value] = queue.shift();
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) continue;
    seen.add(value);
    out.push([path, value]);
    queue.push([path + '.__proto__', Object.getPrototypeOf(value)]);
    for (const key of Reflect.ownKeys(value)) {
      const d = Reflect.getOwnPropertyDescriptor(value, key);
      const name = path + '.' + String(key);
      if ('value' in d) queue.push([name, d.value]);
      else { queue.push([name + '.get', d.get]); queue.push([name + '.set', d.set]); }
    }
  }
  ctx.Dispose();
  return out;
}
`;

const VANDALISE = `
const attempt = (f) => { try { f(); } catch {} };
for (const [, value] of await reachable()) {
  attempt(() => Object.defineProperty(value, MARK, { value: true, configurable: true }));
}
// Intrinsics the next run relies on.
attempt(() => { Array.prototype.map = () => ['vandalised']; });
attempt(() => { Object.prototype.toString = () => 'vandalised'; });
attempt(() => { JSON.stringify = () => 'vandalised'; });
attempt(() => { Promise.prototype.then = () => 'vandalised'; });
attempt(() => { Math.max = () => -1; });
attempt(() => { Symbol.asyncDispose = Symbol('vandalised'); });
attempt(() => { Error.prepareStackTrace = () => 'vandalised'; });
attempt(() => { Error.stackTraceLimit = 0; });
attempt(() => { EntityState.Added = 'Vandalised'; });
attempt(() => { InvalidOperationException.prototype.toString = () => 'vandalised'; });
attempt(() => { Customer.prototype.Name = 'vandalised'; });
// The host: its global object, its messages, its code loading.
attempt(() => { (() => {}).constructor('return this')().vandal = true; });
attempt(() => { (async () => {}).constructor('return this')().vandal = true; });
attempt(() => { eval('this').vandal = true; });
attempt(() => { globalThis.vandal = true; });
attempt(() => { self.onmessage = () => {}; });
attempt(() => { postMessage({ v: 3, type: 'run-result', id: 1, run: 'vandalised' }); });
attempt(() => { process.exit(3); });
// The database's file system: a file another run could attach.
attempt(() => db.Database.ExecuteSqlRaw("ATTACH DATABASE '/vandal.db' AS vandal"));
attempt(() => db.Database.ExecuteSqlRaw("CREATE TABLE vandal.Loot (x)"));
attempt(() => db.Database.ExecuteSqlRaw("VACUUM INTO '/vandal-copy.db'"));
console.log('vandalised');
`;

const OBSERVE = `
const found = [];
for (const [path, value] of await reachable()) {
  if (Object.prototype.hasOwnProperty.call(value, MARK)) found.push(path);
}
if ([1, 2].map((x) => x * 2).join() !== '2,4') found.push('Array.prototype.map');
if (Object.prototype.toString.call([]) !== '[object Array]' || String({}) !== '[object Object]') found.push('Object.prototype.toString');
if (JSON.stringify({ a: 1 }) !== '{"a":1}') found.push('JSON.stringify');
if (Math.max(1, 2) !== 2) found.push('Math.max');
if (EntityState.Added !== 'Added') found.push('EntityState.Added');
if (new Customer({}).Name === 'vandalised') found.push('Customer.prototype.Name');
if (String(Error.prepareStackTrace).includes('vandalised')) found.push('Error.prepareStackTrace');
try {
  await db.Database.ExecuteSqlRawAsync("ATTACH DATABASE '/vandal.db' AS vandal");
  const rows = await db.Database.ExecuteSqlRawAsync("INSERT INTO vandal.Loot VALUES (1)");
  found.push('the file /vandal.db (' + rows + ' row)');
} catch {}
try {
  await db.Database.ExecuteSqlRawAsync("ATTACH DATABASE '/vandal-copy.db' AS copy");
  await db.Database.ExecuteSqlRawAsync("INSERT INTO copy.Customers (Id, Name, Email) VALUES (999, 'x', 'x')");
  found.push('the file /vandal-copy.db');
} catch {}
if (found.length) throw new Error('leaked: ' + found.join(', '));
console.log('clean');
`;

export const VANDAL = WALK + VANDALISE;
export const OBSERVER = WALK + OBSERVE;
/** For a batch: each seed checks that the seeds before it left nothing behind, then vandalises. */
export const OBSERVE_THEN_VANDALISE = WALK + OBSERVE + VANDALISE;
