/**
 * Add / Attach / Update / Remove and their Range forms, shared by AppDb and DbSet<T>. None of
 * them touches the database, so none enters the ConcurrencyDetector (EFCORE.md Decision 2); each
 * is an instantaneous operation on the timeline, and a failure (identity conflict, disposed
 * context) is attributed to it.
 */
import type { ContextCore } from './contextCore.ts';
import type { EntityTypeDef } from './data/modelTypes.ts';
import { keyOf, navigationsOf } from './data/modelTypes.ts';
import { runLocal } from './dbOperation.ts';
import { entityTypeOf, typeNameOf } from './entities.ts';
import { InvalidOperationException } from './exceptions.ts';
import { entityTypeNotFound } from './messages.ts';
import type { EntityStateName } from './trace.ts';

export type TrackVerb = 'Add' | 'Attach' | 'Update' | 'Remove';

export function resolveType(entity: unknown, known: EntityTypeDef | null): EntityTypeDef {
  const type = known ?? entityTypeOf(entity);
  if (!type) throw new InvalidOperationException(entityTypeNotFound(typeNameOf(entity)));
  return type;
}

function hasKey(entity: Record<string, unknown>, type: EntityTypeDef): boolean {
  const v = entity[keyOf(type).name];
  return !(v === undefined || v === null || v === 0);
}

/** The state each verb gives an entity (EF Core's rules for generated keys; DbContext.Add/Attach/Update/Remove). */
function targetState(
  verb: TrackVerb,
  entity: Record<string, unknown>,
  type: EntityTypeDef,
  tracked: EntityStateName | null,
): EntityStateName {
  // The key rule (an unset generated key means Added) applies only when tracking starts: a tracked
  // entry is moved to the verb's state as it is, so Update/Attach of an Added entry with a
  // temporary key throws TempValuePersists (EF Core's SetEntityState with forceStateWhenUnknownKey).
  const generatedAndUnset = tracked === null && keyOf(type).storeGenerated && !hasKey(entity, type);
  switch (verb) {
    case 'Add':
      return 'Added';
    case 'Attach':
      return generatedAndUnset ? 'Added' : 'Unchanged';
    case 'Update':
      return generatedAndUnset ? 'Added' : 'Modified';
    case 'Remove':
      return tracked === 'Added' ? 'Detached' : 'Deleted';
  }
}

/**
 * Applies one verb to one entity. A tracked instance changes state with acceptChanges (its
 * current values become the originals: nothing reverts). An untracked one starts tracking — and
 * Remove attaches it as Unchanged first, so a second instance with a tracked key conflicts.
 */
export function applyVerb(
  core: ContextCore,
  verb: TrackVerb,
  entity: Record<string, unknown>,
  known: EntityTypeDef | null,
  line: number | null,
  op: number,
): void {
  const type = resolveType(entity, known);
  const existing = core.stateManager.find(entity);
  const state = targetState(verb, entity, type, existing?.state ?? null);
  if (existing) {
    core.stateManager.setState(existing, state, line, true);
  } else if (verb === 'Remove') {
    const entry = core.stateManager.track(entity, type, 'Unchanged', line, op);
    core.stateManager.setState(entry, 'Deleted', line, true);
  } else {
    core.stateManager.track(entity, type, state, line, op);
  }
  // EF Core's DbContext.SetEntityState: a root already tracked only changes state; the graph is
  // walked from an untracked root only (scenario s-graph-conflict: a second Update of the root does not throw).
  if (!existing && verb !== 'Remove') attachGraph(core, verb, entity, type, line, op);
}

/**
 * Add/Attach/Update reach every entity the root's navigations lead to (EF Core's
 * EntityGraphAttacher): each one not yet tracked gets the verb's state by its own key (a new
 * entity with an unset generated key is Added); a tracked one keeps its state and ends that
 * branch. A second instance of a tracked key anywhere in the graph throws the identity conflict
 * for *its* type — the root may be fine (scenario s-graph-conflict). Remove does not traverse.
 */
function attachGraph(
  core: ContextCore,
  verb: Exclude<TrackVerb, 'Remove'>,
  entity: Record<string, unknown>,
  type: EntityTypeDef,
  line: number | null,
  op: number,
): void {
  for (const nav of navigationsOf(type)) {
    const value = entity[nav.name];
    const related =
      nav.kind === 'collection' ? (Array.isArray(value) ? [...value] : []) : value ? [value] : [];
    const relatedType = core.model.entityTypes.find((t) => t.name === nav.target);
    for (const item of related) {
      if (typeof item !== 'object' || item === null || core.stateManager.find(item)) continue;
      const itemType = entityTypeOf(item) ?? relatedType ?? null;
      const r = item as Record<string, unknown>;
      const t = resolveType(r, itemType);
      core.stateManager.track(r, t, targetState(verb, r, t, null), line, op);
      attachGraph(core, verb, r, t, line, op);
    }
  }
}

export function trackOne(
  core: ContextCore,
  verb: TrackVerb | 'AddAsync',
  entity: unknown,
  known: EntityTypeDef | null,
): void {
  const name = verb === 'AddAsync' ? 'AddAsync' : verb;
  const base: TrackVerb = verb === 'AddAsync' ? 'Add' : verb;
  runLocal(
    core,
    { name, kind: 'tracking', entity: (known ?? entityTypeOf(entity))?.name ?? null },
    (op, line) => {
      // Snapshot even when it throws: a graph conflict leaves the root tracked (the panel shows it).
      try {
        applyVerb(core, base, entity as Record<string, unknown>, known, line, op);
      } finally {
        core.stateManager.snapshot();
      }
    },
    () => base,
  );
}

export function trackRange(
  core: ContextCore,
  verb: TrackVerb,
  entities: unknown[],
  known: EntityTypeDef | null,
): void {
  runLocal(
    core,
    {
      name: `${verb}Range`,
      kind: 'tracking',
      entity: known?.name ?? (entities[0] ? (entityTypeOf(entities[0])?.name ?? null) : null),
    },
    (op, line) => {
      try {
        for (const e of entities) applyVerb(core, verb, e as Record<string, unknown>, known, line, op);
      } finally {
        core.stateManager.snapshot();
      }
    },
    () => `${entities.length} entities`,
  );
}
