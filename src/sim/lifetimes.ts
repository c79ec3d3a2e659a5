/**
 * Dependency injection as ASP.NET Core does it for EF Core (EFCORE.md §5):
 * - `factory` (IDbContextFactory<AppDb>): every CreateDbContext() is a new instance the caller
 *   must dispose; CreateDbContextAsync wraps the sync version.
 * - `scopes` (IServiceScopeFactory): CreateScope()/CreateAsyncScope(); a scope resolves AppDb by
 *   its registered lifetime — Scoped (default, AddDbContext): one per scope, disposed with the
 *   scope; Transient: a new one per resolution, disposed with the scope; Singleton: one for the
 *   whole app, never disposed by a scope, shared by every request.
 * - `app`: a simulated web host. `app.HandleRequests(n, handler)` starts n concurrent requests,
 *   each in its own scope and async flow; a request that throws answers 500 (logged by the host,
 *   not rethrown), and its scope is disposed when the handler completes — so work it left
 *   running (fire-and-forget) later meets a disposed context.
 * The snippet's own body is request 0: `db` is that request's scoped context, disposed when the
 * body finishes.
 */
import type { RunEnv } from './contextCore.ts';
import type { AppDbClass } from './dbContext.ts';
import { ObjectDisposedException, toExceptionInfo } from './exceptions.ts';
import { scopeDisposed } from './messages.ts';
import type { SimTask } from './simTask.ts';
import { adopt } from './tasks.ts';
import { DisposableBase } from './disposable.ts';
import type { ContextOrigin, RequestInfo } from './trace.ts';

export const ServiceLifetime = { Singleton: 'Singleton', Scoped: 'Scoped', Transient: 'Transient' } as const;
export type ServiceLifetimeName = (typeof ServiceLifetime)[keyof typeof ServiceLifetime];

type AppDbInstance = InstanceType<AppDbClass>;

/** What every ServiceScope of a run shares: the registration and the singleton. */
interface Registry {
  AppDb: AppDbClass;
  factory: object;
  lifetime: ServiceLifetimeName;
  singleton: AppDbInstance | null;
  nextScope: number;
  construct(origin: ContextOrigin, scope: number | null, request: number | null): AppDbInstance;
}

/** IServiceScope. One class for every run (a class per run cost time and hidden-class churn). */
class ServiceScope extends DisposableBase {
  readonly id: number;
  private disposed = false;
  private scoped: AppDbInstance | null = null;
  private readonly owned: AppDbInstance[] = [];
  private provider: {
    GetRequiredService(service: unknown): unknown;
    GetService(service: unknown): unknown;
  } | null = null;

  constructor(
    private readonly registry: Registry,
    readonly request: number | null,
  ) {
    super();
    this.id = registry.nextScope++;
  }

  /** IServiceProvider of the scope. */
  get ServiceProvider() {
    return (this.provider ??= {
      GetRequiredService: (service: unknown): unknown => this.resolve(service),
      GetService: (service: unknown): unknown => this.resolve(service),
    });
  }

  private resolve(service: unknown): unknown {
    if (this.disposed) throw new ObjectDisposedException(scopeDisposed());
    const registry = this.registry;
    if (service === registry.AppDb || service === 'AppDb') return this.context();
    if (service === 'IDbContextFactory' || service === registry.factory) return registry.factory;
    return null;
  }

  context(origin: ContextOrigin = 'scope'): AppDbInstance {
    const registry = this.registry;
    if (registry.lifetime === 'Singleton')
      return (registry.singleton ??= registry.construct('singleton', null, null));
    if (registry.lifetime === 'Scoped' && this.scoped) return this.scoped;
    const db = registry.construct(origin, this.id, this.request);
    this.owned.push(db);
    if (registry.lifetime === 'Scoped') this.scoped = db;
    return db;
  }

  Dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const db of this.owned) db.Dispose();
  }
}

export function createLifetimes(env: RunEnv, AppDb: AppDbClass) {
  const rt = env.rt;
  const requests: RequestInfo[] = [];

  const construct = (origin: ContextOrigin, scope: number | null, request: number | null): AppDbInstance => {
    env.pendingOrigin = { origin, scope, request };
    return new AppDb();
  };

  const factory = {
    CreateDbContext: (): AppDbInstance => construct('factory', null, null),
    CreateDbContextAsync: (): SimTask<AppDbInstance> => {
      const source = rt.taskSource<AppDbInstance>(rt.line());
      source.resolve(construct('factory', null, null));
      return source.task;
    },
  };
  const registry: Registry = { AppDb, factory, lifetime: 'Scoped', singleton: null, nextScope: 1, construct };

  const scopes = {
    CreateScope: () => new ServiceScope(registry, null),
    CreateAsyncScope: () => new ServiceScope(registry, null),
  };

  const services = {
    /** AddDbContext<AppDb>(lifetime): how scopes resolve AppDb from now on (default Scoped). */
    AddDbContext(_context: unknown, contextLifetime: ServiceLifetimeName = 'Scoped') {
      registry.lifetime = contextLifetime;
      return services;
    },
    /** AddDbContextFactory<AppDb>(): `factory` is always registered; kept so C#-shaped code reads naturally. */
    AddDbContextFactory(_context?: unknown) {
      return services;
    },
  };

  interface HttpContext {
    TraceIdentifier: string;
    RequestServices: ServiceScope['ServiceProvider'];
  }

  /**
   * Runs one simulated request now: its own scope and async flow; 200 when `handler` completes,
   * 500 when it throws (logged, not rethrown); the scope is disposed when the handler is done.
   */
  const beginRequest = (
    line: number | null,
    handler: (scope: ServiceScope) => unknown,
    done: (info: RequestInfo, error?: unknown) => void,
  ): RequestInfo => {
    const id = requests.length + 1;
    const info: RequestInfo = { id, status: 0, start: rt.now, end: 0, flow: 0, exception: null };
    requests.push(info);
    const flow = rt.newFlow(`request #${id}`, line);
    info.flow = flow;
    const scope = new ServiceScope(registry, id);
    const finish = (status: number, error?: unknown) =>
      rt.inFlow(flow, () => {
        info.status = status;
        info.end = rt.now;
        if (error !== undefined) {
          info.exception = toExceptionInfo(error);
          rt.trace.emit(
            { type: 'exception', exception: info.exception, unobserved: false },
            info.exception.line,
          );
        }
        rt.trace.emit({ type: 'flow-end', status: error === undefined ? 'ok' : 'threw' }, null, flow);
        rt.internal(() => scope.Dispose());
        done(info, error);
      });
    rt.inFlow(flow, () =>
      adopt(
        () => handler(scope),
        () => finish(200),
        (error) => finish(500, error),
      ),
    );
    return info;
  };

  const app = {
    Services: services,
    /** Starts `count` concurrent requests (each `staggerMs` after the previous) and resolves when all have answered. */
    HandleRequests(
      count: number,
      handler: (http: HttpContext) => unknown,
      options: { staggerMs?: number } = {},
    ): SimTask<RequestInfo[]> {
      const line = rt.line();
      const source = rt.taskSource<RequestInfo[]>(line);
      const results: RequestInfo[] = [];
      let remaining = count;
      if (count <= 0) source.resolve(results);
      for (let i = 0; i < count; i++) {
        rt.scheduler.schedule((options.staggerMs ?? 0) * i, () =>
          results.push(
            beginRequest(
              line,
              (scope) =>
                handler({
                  TraceIdentifier: `request-${requests.length}`,
                  RequestServices: scope.ServiceProvider,
                }),
              () => {
                if (--remaining === 0) source.resolve(results);
              },
            ),
          ),
        );
      }
      return source.task;
    },
  };

  /**
   * The `db` a request is injected with: resolved from its scope on first use, so a registration
   * made at the top of the snippet (`AddDbContext(AppDb, ServiceLifetime.Singleton)`) applies,
   * and a request that never touches `db` creates no context.
   */
  const injectedContext = (scope: ServiceScope): AppDbInstance => {
    let real: AppDbInstance | null = null;
    // Created on first use, a property read (`db.Orders`), not a call.
    const resolve = () => (real ??= rt.dbRead(() => scope.context('injected')));
    // Methods come back bound to the real context; bound once per method, not per access.
    const bound = new Map<PropertyKey, { method: (...args: unknown[]) => unknown; bound: unknown }>();
    return new Proxy(Object.create(AppDb.prototype) as AppDbInstance, {
      get(_target, prop) {
        const target = resolve();
        const value: unknown = Reflect.get(target, prop, target);
        if (typeof value !== 'function') return value;
        const known = bound.get(prop);
        if (known?.method === value) return known.bound;
        const fresh = { method: value as (...args: unknown[]) => unknown, bound: value.bind(target) };
        bound.set(prop, fresh);
        return fresh.bound;
      },
      set(_target, prop, value) {
        return Reflect.set(resolve(), prop, value);
      },
      has(_target, prop) {
        return prop in resolve();
      },
    });
  };

  /** The snippet's own request (request 0 in a plain run); `db` is its scoped context. */
  const rootScope = new ServiceScope(registry, 0);
  const injected = injectedContext(rootScope);

  return {
    factory,
    scopes,
    app,
    ServiceLifetime,
    injected,
    rootScope,
    requests,
    beginRequest,
    injectedContext,
  };
}
