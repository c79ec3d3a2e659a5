/**
 * The snippet's `AppDb` class (a DbContext): DbSets, tracking verbs, Entry, SaveChanges(Async),
 * ChangeTracker, Database, Dispose/DisposeAsync/`await using`. After disposal every member but
 * ContextId and Dispose throws ObjectDisposedException (EFCORE.md Decision 7).
 *
 * One implementation class per model is shared by every run (its DbSet getters depend on the
 * model only); each run gets a constructor (defineAppDb) that binds new instances to that run's
 * clock, database and trace. Defining a class per run cost ~10% of a short run, and giving every
 * run's instances their own hidden class made the simulator's property accesses megamorphic.
 */
import { ContextCore, type ContextOptions, type RunEnv } from './contextCore.ts';
import { DisposableBase } from './disposable.ts';
import type { EntityTypeDef, ModelDef } from './data/modelTypes.ts';
import { runAsync, runLocal, runSync, type OpPlan } from './dbOperation.ts';
import { DbSet } from './dbSet.ts';
import { longView, shortView } from './debugView.ts';
import { entryFor, type EntityEntry } from './entryFacade.ts';
import { entityTypeOf } from './entities.ts';
import { InvalidOperationException } from './exceptions.ts';
import { invalidSetType } from './messages.ts';
import { planSaveChanges } from './saveChanges.ts';
import type { SimTask } from './simTask.ts';
import { trackOne, trackRange } from './tracking.ts';
import type { NonQueryResult } from './dataAccess.ts';

/** The value `DbContextOptionsBuilder.Options` returns. */
export class DbContextOptions {
  constructor(readonly settings: Readonly<ContextOptions>) {}
}

export class DbContextOptionsBuilder {
  private settings: ContextOptions = { sensitiveDataLogging: false, threadSafetyChecks: true };

  /** Key values in identity-conflict messages and parameter values in the SQL log. */
  EnableSensitiveDataLogging(enabled = true): this {
    this.settings = { ...this.settings, sensitiveDataLogging: enabled };
    return this;
  }

  /** `false` removes the ConcurrencyDetector: overlapping operations are no longer caught (undefined behaviour in real life). */
  EnableThreadSafetyChecks(enabled = true): this {
    this.settings = { ...this.settings, threadSafetyChecks: enabled };
    return this;
  }

  get Options(): DbContextOptions {
    return new DbContextOptions(this.settings);
  }
}

const CORE = Symbol('core');

const DEFAULT_OPTIONS: Readonly<ContextOptions> = { sensitiveDataLogging: false, threadSafetyChecks: true };

/**
 * A property getter on a disposed context: fails as the operation `get_<Name>`, the name EF Core's
 * stack shows (scenario s-disposed-set); its line comes from the stack, as a getter has no call.
 */
const guard = (core: ContextCore, property: string) => {
  if (core.disposed)
    core.rt.implicit(() =>
      runLocal(core, { name: `get_${property}`, kind: 'tracking', entity: null }, () => undefined),
    );
};

/** The members of every AppDb; instances are bound to a run through their ContextCore. */
class DbContextImpl extends DisposableBase {
  readonly [CORE]: ContextCore;
  private sets: Map<string, DbSet<object>> | null = null;

  constructor(env: RunEnv, options?: DbContextOptions) {
    super();
    this[CORE] = new ContextCore(env, options?.settings ?? DEFAULT_OPTIONS);
  }

  /** Never throws, even after Dispose (as EF Core's ContextId). */
  get ContextId(): string {
    return `${this[CORE].contextName}#${this[CORE].id}`;
  }

  Set(entityClass: { name: string } | string): DbSet<object> {
    const name = typeof entityClass === 'string' ? entityClass : entityClass.name;
    const type = this[CORE].model.entityTypes.find((t) => t.name === name);
    if (!type) throw new InvalidOperationException(invalidSetType(name));
    return this.setFor(type);
  }

  protected setFor(type: EntityTypeDef): DbSet<object> {
    this.sets ??= new Map();
    let set = this.sets.get(type.name);
    if (!set) this.sets.set(type.name, (set = new DbSet(this[CORE], type)));
    return set;
  }

  Add(entity: object): EntityEntry {
    trackOne(this[CORE], 'Add', entity, null);
    return entryFor(this[CORE], entity);
  }
  AddAsync(entity: object): Promise<EntityEntry> {
    try {
      trackOne(this[CORE], 'AddAsync', entity, null);
      return Promise.resolve(entryFor(this[CORE], entity));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  Attach(entity: object): EntityEntry {
    trackOne(this[CORE], 'Attach', entity, null);
    return entryFor(this[CORE], entity);
  }
  Update(entity: object): EntityEntry {
    trackOne(this[CORE], 'Update', entity, null);
    return entryFor(this[CORE], entity);
  }
  Remove(entity: object): EntityEntry {
    trackOne(this[CORE], 'Remove', entity, null);
    return entryFor(this[CORE], entity);
  }
  AddRange(...entities: (object | object[])[]): void {
    trackRange(this[CORE], 'Add', entities.flat(), null);
  }
  AttachRange(...entities: (object | object[])[]): void {
    trackRange(this[CORE], 'Attach', entities.flat(), null);
  }
  UpdateRange(...entities: (object | object[])[]): void {
    trackRange(this[CORE], 'Update', entities.flat(), null);
  }
  RemoveRange(...entities: (object | object[])[]): void {
    trackRange(this[CORE], 'Remove', entities.flat(), null);
  }

  Entry(entity: object): EntityEntry {
    // A method (not a getter): on a disposed context it fails as an operation named Entry, as
    // EF Core's stack shows it (scenario s-disposed-tracker).
    if (this[CORE].disposed) {
      const entityName = entityTypeOf(entity)?.name ?? null;
      runLocal(this[CORE], { name: 'Entry', kind: 'tracking', entity: entityName }, () => undefined);
    }
    return entryFor(this[CORE], entity, entityTypeOf(entity), true);
  }

  SaveChangesAsync(): SimTask<number> {
    const core = this[CORE];
    return runAsync(core, { name: 'SaveChangesAsync', kind: 'save', entity: null }, () =>
      planSaveChanges(core.stateManager, core.rt.line()),
    );
  }
  SaveChanges(): number {
    const core = this[CORE];
    return runSync(core, { name: 'SaveChanges', kind: 'save', entity: null }, () =>
      planSaveChanges(core.stateManager, core.rt.line()),
    );
  }

  get ChangeTracker() {
    const core = this[CORE];
    guard(core, 'ChangeTracker');
    return {
      Entries: (): EntityEntry[] => {
        core.stateManager.detectChanges(core.rt.line());
        return core.stateManager.entries.map((e) => entryFor(core, e.entity, e.type));
      },
      DetectChanges: () => core.stateManager.detectChanges(core.rt.line()),
      HasChanges: (): boolean => {
        core.stateManager.detectChanges(core.rt.line());
        return core.stateManager.tracked.some((e) => e.state !== 'Unchanged');
      },
      Clear: () =>
        runLocal(core, { name: 'ChangeTracker.Clear', kind: 'tracking', entity: null }, () => {
          core.stateManager.clear();
          core.stateManager.snapshot();
        }),
      // DebugView renders what is tracked now; like EF Core it does not run DetectChanges. An entry
      // an identity conflict left behind shows as Detached (scenario s-conflict-view).
      get DebugView() {
        return {
          ShortView: shortView(core.stateManager.entries),
          LongView: longView(core.stateManager.entries, (x) => core.stateManager.find(x)),
        };
      },
    };
  }

  get Database() {
    const core = this[CORE];
    guard(core, 'Database');
    const plan = (sql: string, values: unknown[]): OpPlan<number> => {
      const params = values.map((value, i) => ({
        name: `p${i}`,
        value: value as string | number | boolean | null,
        type:
          typeof value === 'number'
            ? Number.isInteger(value)
              ? ('int' as const)
              : ('double' as const)
            : typeof value === 'boolean'
              ? ('bool' as const)
              : ('string' as const),
      }));
      // EF Core turns `{0}` placeholders of ExecuteSqlRaw into DbParameters named @p0, @p1, …
      const text = sql.replace(/\{(\d+)\}/g, (_, i: string) => `@p${i}`);
      return {
        commands: [{ sql: text, params, mode: 'nonquery' }],
        complete: ([r]) => (r as NonQueryResult).rowsAffected,
        summary: (n) => `${n} rows affected`,
      };
    };
    return {
      ExecuteSqlRawAsync: (sql: string, ...values: unknown[]): SimTask<number> =>
        runAsync(core, { name: 'ExecuteSqlRawAsync', kind: 'raw', entity: null }, () => plan(sql, values)),
      ExecuteSqlRaw: (sql: string, ...values: unknown[]): number =>
        runSync(core, { name: 'ExecuteSqlRaw', kind: 'raw', entity: null }, () => plan(sql, values)),
    };
  }

  Dispose(): void {
    // Also reached by `using` / `await using` and DisposeAsync: read the stack.
    this[CORE].dispose(this[CORE].rt.stackLine());
  }
}

/** What a snippet's `AppDb` is: `new AppDb(options?)`, `instanceof AppDb`, `AppDb.name`. */
export type AppDbClass = new (options?: DbContextOptions) => DbContextImpl;

const implByModel = new WeakMap<ModelDef, typeof DbContextImpl>();

/** The model's AppDb implementation: DbContextImpl plus one DbSet getter per entity type. */
function implFor(model: ModelDef): typeof DbContextImpl {
  const cached = implByModel.get(model);
  if (cached) return cached;
  const impl = class extends DbContextImpl {};
  Object.defineProperty(impl, 'name', { value: model.contextName });
  for (const type of model.entityTypes) {
    Object.defineProperty(impl.prototype, type.dbSet, {
      get(this: { setFor(t: EntityTypeDef): DbSet<object> }) {
        return this.setFor(type);
      },
    });
  }
  implByModel.set(model, impl);
  return impl;
}

/**
 * The run's `AppDb`: a constructor sharing the model's prototype, so instances of every run
 * have the same shape. A snippet subclass (`class MyDb extends AppDb`) still gets its own
 * prototype through `new.target`.
 */
export function defineAppDb(env: RunEnv): AppDbClass {
  const Impl = implFor(env.model);
  function AppDb(this: unknown, options?: DbContextOptions): DbContextImpl {
    if (!new.target)
      throw new TypeError(`Class constructor ${env.model.contextName} cannot be invoked without 'new'`);
    return new.target === AppDb
      ? new Impl(env, options)
      : (Reflect.construct(Impl, [env, options], new.target) as DbContextImpl);
  }
  AppDb.prototype = Impl.prototype;
  Object.defineProperty(AppDb, 'name', { value: env.model.contextName });
  return AppDb as unknown as AppDbClass;
}
