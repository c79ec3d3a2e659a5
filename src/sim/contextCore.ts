/**
 * The inside of one DbContext instance: its id, options, ConcurrencyDetector, state manager and
 * data access. The public AppDb object (dbContext.ts) delegates here; snippets never see it.
 */
import { ConcurrencyDetector } from './concurrencyDetector.ts';
import { ConnectionActivity } from './connectionActivity.ts';
import type { ConnectionPool } from './connectionPool.ts';
import type { SimDatabase } from './data/database.ts';
import type { EntityTypeDef, ModelDef } from './data/modelTypes.ts';
import { DataAccess } from './dataAccess.ts';
import type { EntityClass } from './entities.ts';
import type { QueryContext } from './queryExecution.ts';
import type { Runtime } from './runtime.ts';
import { StateManager } from './stateManager.ts';
import type { ContextOrigin } from './trace.ts';

/** Options a DbContextOptionsBuilder produces. */
export interface ContextOptions {
  sensitiveDataLogging: boolean;
  threadSafetyChecks: boolean;
}

/** Everything a run shares between its contexts. */
export interface RunEnv {
  rt: Runtime;
  model: ModelDef;
  pool: ConnectionPool;
  database: SimDatabase;
  entityClasses: Map<string, EntityClass>;
  /** Set by the factory/scopes just before they construct a context, so it knows its origin. */
  pendingOrigin: { origin: ContextOrigin; scope: number | null; request: number | null } | null;
}

export class ContextCore implements QueryContext {
  readonly id: number;
  readonly detector: ConcurrencyDetector;
  readonly activity = new ConnectionActivity();
  readonly data: DataAccess;
  readonly stateManager: StateManager;
  disposed = false;

  constructor(
    readonly env: RunEnv,
    readonly options: ContextOptions,
  ) {
    this.id = env.rt.newContextId();
    this.detector = new ConcurrencyDetector(options.threadSafetyChecks);
    this.data = new DataAccess(env.rt, env.database, options.sensitiveDataLogging);
    this.stateManager = new StateManager(env.rt, this.id, options.sensitiveDataLogging, env.model);
    const origin = env.pendingOrigin ?? { origin: 'new' as const, scope: null, request: null };
    env.pendingOrigin = null;
    env.rt.trace.contextCreated(this.id, origin.origin, env.rt.line(), origin.scope, origin.request, () =>
      this.stateManager.entries.map((e) => ({ entity: e.type.name, key: e.key, state: e.state })),
    );
  }

  get rt(): Runtime {
    return this.env.rt;
  }
  get pool(): ConnectionPool {
    return this.env.pool;
  }
  get model(): ModelDef {
    return this.env.model;
  }
  get contextName(): string {
    return this.env.model.contextName;
  }

  createEntity(type: EntityTypeDef, values: Record<string, unknown>): Record<string, unknown> {
    const cls = this.env.entityClasses.get(type.name);
    return cls ? new cls(values) : { ...values };
  }

  dispose(line: number | null): void {
    if (this.disposed) return; // Dispose twice is fine (EFCORE.md Decision 7).
    this.disposed = true;
    this.rt.trace.recordFinalEntries(this.id);
    this.stateManager.clear();
    this.rt.trace.contextDisposed(this.id, line);
  }
}
