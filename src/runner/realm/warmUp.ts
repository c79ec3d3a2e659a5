/**
 * Start-up of a run realm (the browser's run worker, the CLI's run thread): warm up, then lock
 * down. The warm-up runs a probe snippet per model (the default one and each lesson's own) that
 * touches the API surface a snippet can reach — a context, its sets, a query, an entity, an
 * entry, the change tracker, a scope, a task, an async enumerator, every global — and exposes
 * what it got. After lockdownRealm freezes the intrinsics, everything reachable from those values
 * is hardened: the simulator's shared classes and prototypes, the models and their seed data.
 * What belonged to the probe's own run is frozen with them, harmlessly: that run is over.
 *
 * Warming up first also makes everything that initialises lazily (TypeScript, the models'
 * database images, the compiled-snippet header) do so before the realm is frozen.
 */
import { STACK_LIMIT } from '../callSite.ts';
import { runSnippet, type ExecuteHost } from '../execute.ts';
import { DEFAULT_RUN_SETTINGS } from '../types.ts';
import { harden, lockdownRealm } from './lockdown.ts';

/** The name the probe (and only the probe) finds its exposing function under. */
export const EXPOSE_HELPER = '__expose';

const PROBE = `
const attempt = async (f) => { try { return await f(); } catch (error) { return error; } };
const ctx = factory.CreateDbContext();
const setNames = Object.getOwnPropertyNames(Object.getPrototypeOf(ctx))
  .filter((name) => { const d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(ctx), name); return d && d.get; });
const sets = setNames.map((name) => ctx[name]).filter((s) => s && typeof s.AsNoTracking === 'function');
const exposed = [
  db, AppDb, DbContextOptionsBuilder, factory, scopes, app, ServiceLifetime, EntityState, Task, Parallel, console, Date, Math,
  InvalidOperationException, ObjectDisposedException, DbUpdateException, DbUpdateConcurrencyException, SqliteException,
  ctx, ctx.ChangeTracker, ctx.Database, new DbContextOptionsBuilder().Options, sets,
];
for (const set of sets) {
  exposed.push(set.AsNoTracking(), set.AsTracking().Skip(0), set.Take(1));
  const entity = await attempt(() => set.FirstOrDefaultAsync());
  if (entity && typeof entity === 'object') exposed.push(entity, ctx.Entry(entity), ctx.Entry(entity).CurrentValues);
  const it = set.AsAsyncEnumerable()[Symbol.asyncIterator]();
  exposed.push(it, await attempt(() => it.next()));
  await attempt(() => it.return?.());
}
exposed.push(ctx.ChangeTracker.Entries(), await attempt(() => ctx.Set('NoSuchEntity')));
const scope = scopes.CreateAsyncScope();
exposed.push(scope, scope.ServiceProvider, scope.ServiceProvider.GetRequiredService(AppDb));
await scope[Symbol.asyncDispose]();
const delay = Task.Delay(1);
const run = Task.Run(async () => 1);
exposed.push(delay, run, Task.WhenAll([delay, run]), Task.WhenAny([delay]), await factory.CreateDbContextAsync());
await Task.WhenAll([delay, run]);
exposed.push(await attempt(() => Parallel.ForEachAsync([1], async () => {})));
// A context left alive with tracked entries: its state manager's internal entries (and their
// classes' prototypes) are reachable only while something is tracked.
const kept = factory.CreateDbContext();
for (const set of sets) {
  const entity = await attempt(() => set.FirstOrDefaultAsync());
  if (entity && typeof entity === 'object') await attempt(() => { kept.Entry(entity).State = EntityState.Modified; });
}
exposed.push(kept);
ctx.Dispose();
exposed.push(await attempt(() => ctx.ChangeTracker));
${EXPOSE_HELPER}(exposed);
`;

/**
 * Warms the realm up on the default model and on each of `lessons` (ids of the lessons that
 * declare their own model), locks it down and hardens what the probe reached.
 */
export async function warmUpAndLockDown(host: ExecuteHost, lessons: readonly string[]): Promise<void> {
  const exposed: unknown[] = [];
  const expose = (value: unknown) => exposed.push(value);
  for (const lesson of [undefined, ...lessons]) {
    const run = await runSnippet(
      { code: PROBE, settings: DEFAULT_RUN_SETTINGS, ...(lesson ? { lesson } : {}) },
      // The probe is plain JavaScript: no type check (it would refuse its untyped parameters).
      { ...host, readDeclarations: undefined },
      {
        expose,
      },
    );
    if (run.outcome !== 'ok')
      throw new Error(
        `The run realm's warm-up failed${lesson ? ` on lesson ${lesson}` : ''}: ${run.exception?.message ?? run.stopReason}`,
      );
  }
  lockdownRealm({ stackTraceLimit: STACK_LIMIT });
  for (const value of exposed) harden(value);
}
