/**
 * DbSet<T>: a Queryable over one entity type plus Find/FindAsync and the tracking verbs.
 * Find looks in the change tracker first: a hit returns the tracked instance with no query and
 * no ConcurrencyDetector entry; a miss is a query (`WHERE "c"."Id" = @p LIMIT 1`).
 */
import type { ContextCore } from './contextCore.ts';
import type { EntityTypeDef } from './data/modelTypes.ts';
import { translateFind } from './data/translate.ts';
import type { QueryResult } from './dataAccess.ts';
import { runAsync, runSync, type OpPlan } from './dbOperation.ts';
import { Queryable } from './queryable.ts';
import { materialize } from './queryExecution.ts';
import type { SimTask } from './simTask.ts';
import { trackOne, trackRange } from './tracking.ts';
import { entryFor, type EntityEntry } from './entryFacade.ts';

export class DbSet<T extends object> extends Queryable<T> {
  constructor(
    private readonly core: ContextCore,
    readonly entityType: EntityTypeDef,
  ) {
    super(core, {
      type: entityType,
      where: [],
      orderBy: [],
      skip: null,
      take: null,
      tracking: null,
      calls: [],
    });
  }

  private findPlan(key: unknown): OpPlan<T | null> {
    const tracked = this.core.stateManager.findByKey(this.entityType, key);
    if (tracked)
      return {
        commands: [],
        complete: () => tracked.entity as T,
        summary: () => 'found in the change tracker (no query)',
      };
    const { sql, params } = translateFind(this.entityType, key);
    return {
      commands: [{ sql, params, mode: 'query' }],
      complete: ([r]) => {
        const [entity] = materialize(this.core, this.entityType, r as QueryResult, 'tracking');
        if (entity) this.core.stateManager.snapshot();
        return (entity as T) ?? null;
      },
      summary: (v) => (v ? `1 ${this.entityType.name}` : 'null'),
    };
  }

  FindAsync(key: unknown): SimTask<T | null> {
    return runAsync(this.core, { name: 'FindAsync', kind: 'find', entity: this.entityType.name }, () =>
      this.findPlan(key),
    );
  }
  Find(key: unknown): T | null {
    return runSync(this.core, { name: 'Find', kind: 'find', entity: this.entityType.name }, () =>
      this.findPlan(key),
    );
  }

  Add(entity: T): EntityEntry {
    trackOne(this.core, 'Add', entity, this.entityType);
    return entryFor(this.core, entity, this.entityType);
  }
  AddAsync(entity: T): Promise<EntityEntry> {
    try {
      trackOne(this.core, 'AddAsync', entity, this.entityType);
      return Promise.resolve(entryFor(this.core, entity, this.entityType));
    } catch (error) {
      return Promise.reject(error);
    }
  }
  Attach(entity: T): EntityEntry {
    trackOne(this.core, 'Attach', entity, this.entityType);
    return entryFor(this.core, entity, this.entityType);
  }
  Update(entity: T): EntityEntry {
    trackOne(this.core, 'Update', entity, this.entityType);
    return entryFor(this.core, entity, this.entityType);
  }
  Remove(entity: T): EntityEntry {
    trackOne(this.core, 'Remove', entity, this.entityType);
    return entryFor(this.core, entity, this.entityType);
  }
  AddRange(...entities: (T | T[])[]): void {
    trackRange(this.core, 'Add', entities.flat() as T[], this.entityType);
  }
  AttachRange(...entities: (T | T[])[]): void {
    trackRange(this.core, 'Attach', entities.flat() as T[], this.entityType);
  }
  UpdateRange(...entities: (T | T[])[]): void {
    trackRange(this.core, 'Update', entities.flat() as T[], this.entityType);
  }
  RemoveRange(...entities: (T | T[])[]): void {
    trackRange(this.core, 'Remove', entities.flat() as T[], this.entityType);
  }
}
