/**
 * The change tracker's state manager and identity map (EFCORE.md §3, Decision 6).
 *
 * Identity rules, as in EF Core's IdentityMap.Add:
 * - one tracked instance per (entity type, key);
 * - re-attaching or updating the *same* instance never throws;
 * - a *different* instance with a tracked key throws IdentityConflict (or IdentityConflictSensitive
 *   with EnableSensitiveDataLogging) — from Add, Attach, Update, Remove and `State =` alike,
 *   unless exactly one of the two is Deleted (then both are tracked: a shared identity);
 * - tracking queries never conflict: they return the tracked instance with its in-memory values.
 * - store-generated int keys of 0 get temporary negative keys on Add, kept in the entry.
 *
 * Entry order (ChangeTracker.Entries(), DetectChanges, AcceptAllChanges) is EF Core's
 * EntityReferenceMap: one Dictionary per state, enumerated Added, Modified, Deleted, Unchanged;
 * each Dictionary enumerates in insertion order except that an add reuses the slot the latest
 * removal freed (.NET's Dictionary free list), so an entry that changes state moves to its new
 * state's dictionary.
 *
 * An identity conflict leaves the new instance's entry in the target state's dictionary while its
 * state stays Detached (EF Core updates the reference map before the identity map throws):
 * ChangeTracker.Entries() then lists it as Detached, until Clear().
 */
import type { EntityTypeDef, ModelDef } from './data/modelTypes.ts';
import { keyOf } from './data/modelTypes.ts';
import { DictionaryOrder } from './dictionaryOrder.ts';
import { detectNavigationChanges, initialFixup, type FixupHost } from './fixup.ts';
import { InternalEntry, sameValue } from './entityEntry.ts';
import { formatKey, trackerEntries } from './debugView.ts';
import { InvalidOperationException } from './exceptions.ts';
import { identityConflict, identityConflictSensitive, keyReadOnly, tempValuePersists } from './messages.ts';
import type { Runtime } from './runtime.ts';
import type { EntityStateName } from './trace.ts';

/** EF Core's first temporary value for int keys (docs show -2147482647, -2147482646, …). */
const FIRST_TEMP_KEY = -2147482647;

type MapState = 'Added' | 'Modified' | 'Deleted' | 'Unchanged';
const MAP_ORDER: readonly MapState[] = ['Added', 'Modified', 'Deleted', 'Unchanged'];

export class StateManager implements FixupHost {
  private readonly byInstance = new Map<object, InternalEntry>();
  private maps = StateManager.emptyMaps();
  /** Entries an identity conflict left in a state's dictionary, still Detached. */
  private ghosts = new Map<object, { entry: InternalEntry; state: MapState }>();
  private readonly byKey = new Map<string, Map<unknown, InternalEntry>>();
  /** Temporary keys count per entity type, as EF Core's generator is per property (gap pair s-graph-add-new). */
  private readonly nextTemp = new Map<string, number>();

  constructor(
    private readonly rt: Runtime,
    readonly context: number,
    private readonly sensitive: boolean,
    /** The model, for relationship fix-up (absent: no navigations are fixed up). */
    private readonly model: ModelDef | null = null,
  ) {}

  typeNamed(name: string): EntityTypeDef | undefined {
    return this.model?.entityTypes.find((t) => t.name === name);
  }

  entriesOf(typeName: string): Iterable<InternalEntry> {
    return this.byKey.get(typeName)?.values() ?? [];
  }

  /**
   * An FK written by fix-up. EF Core sets it through the entry, so a tracked Unchanged entity
   * becomes Modified at once (the line is unknown here: the trace shows it on the operation).
   */
  setForeignKey(entry: InternalEntry, property: string, value: unknown): void {
    entry.entity[property] = value;
    if (entry.state === 'Unchanged' || entry.state === 'Modified') this.detectProperties(entry, null);
  }

  private static emptyMaps(): Record<MapState, DictionaryOrder<InternalEntry>> {
    return {
      Added: new DictionaryOrder(),
      Modified: new DictionaryOrder(),
      Deleted: new DictionaryOrder(),
      Unchanged: new DictionaryOrder(),
    };
  }

  /** EF Core's StateManager.Entries order (see above); includes entries left Detached by an identity conflict. */
  get entries(): InternalEntry[] {
    return MAP_ORDER.flatMap((s) => this.maps[s].values());
  }

  /** The entries really tracked (the UI's change-tracker snapshots). */
  get tracked(): InternalEntry[] {
    return this.entries.filter((e) => e.state !== 'Detached');
  }

  /** Moves an entry between the per-state dictionaries (EntityReferenceMap.Update). */
  private moveMap(entry: InternalEntry, from: EntityStateName, to: EntityStateName): void {
    if (from !== 'Detached') this.maps[from].delete(entry);
    if (to !== 'Detached') this.maps[to].add(entry);
  }

  find(entity: object): InternalEntry | undefined {
    return this.byInstance.get(entity);
  }

  findByKey(type: EntityTypeDef, key: unknown): InternalEntry | undefined {
    return this.byKey.get(type.name)?.get(key);
  }

  /**
   * Starts tracking `entity` in `state`, or moves an already-tracked instance to it.
   * Throws IdentityConflict for a different instance with a tracked key.
   */
  track(
    entity: Record<string, unknown>,
    type: EntityTypeDef,
    state: EntityStateName,
    line: number | null,
    op: number,
  ): InternalEntry {
    const existing = this.byInstance.get(entity);
    if (existing) {
      this.setState(existing, state, line);
      return existing;
    }
    const keyName = keyOf(type).name;
    const entry = new InternalEntry(entity, type, keyName, line);
    if (state === 'Added' && keyOf(type).storeGenerated && isDefaultKey(entity[keyName])) {
      entry.tempKey = this.nextTemp.get(type.name) ?? FIRST_TEMP_KEY;
      this.nextTemp.set(type.name, entry.tempKey + 1);
    }
    const other = this.findByKey(type, entry.key);
    if (other && (other.state === 'Deleted') === (state === 'Deleted')) {
      const key = formatKey(keyName, entry.key);
      const message = this.sensitive
        ? identityConflictSensitive(type.name, key)
        : identityConflict(type.name, `{'${keyName}'}`);
      this.rt.trace.emit(
        {
          type: 'identity-conflict',
          context: this.context,
          op,
          entity: type.name,
          key,
          trackedLine: other.trackedLine,
          message,
        },
        line,
      );
      if (state !== 'Detached') {
        this.maps[state].add(entry);
        this.ghosts.set(entity, { entry, state });
      }
      throw new InvalidOperationException(message);
    }
    const ghost = this.ghosts.get(entity);
    if (ghost) {
      this.maps[ghost.state].delete(ghost.entry);
      this.ghosts.delete(entity);
    }
    this.byInstance.set(entity, entry);
    this.index(entry);
    this.setState(entry, state, line);
    if (state !== 'Detached') initialFixup(this, entry, false);
    return entry;
  }

  /** Identity resolution for a tracking query: the tracked instance if any, else a new Unchanged entry. */
  resolve(
    type: EntityTypeDef,
    key: unknown,
    materialize: () => Record<string, unknown>,
  ): Record<string, unknown> {
    const tracked = this.findByKey(type, key);
    if (tracked) return tracked.entity;
    const entity = materialize();
    const entry = new InternalEntry(entity, type, keyOf(type).name, null);
    entry.state = 'Unchanged';
    this.byInstance.set(entity, entry);
    this.maps.Unchanged.add(entry);
    this.index(entry);
    initialFixup(this, entry, true);
    return entity;
  }

  /**
   * Moves a tracked entry to `state`. `acceptChanges` is EF Core's flag: Attach/Update/Add on a
   * tracked instance accept its current values as the originals (nothing reverts), while the
   * `Entry(e).State = …` setter does not — so State = Unchanged reverts a Modified entry.
   */
  setState(entry: InternalEntry, state: EntityStateName, line: number | null, acceptChanges = false): void {
    const from = entry.state;
    if (from === state && state !== 'Modified') return;
    if (from === 'Added' && entry.tempKey !== null && state !== 'Added' && state !== 'Detached') {
      throw new InvalidOperationException(tempValuePersists(entry.keyName, entry.type.name, state));
    }
    if (state === 'Detached') {
      this.byInstance.delete(entry.entity);
      this.unindex(entry);
    } else if (from === 'Modified' && state === 'Unchanged' && !acceptChanges) {
      entry.revert();
    } else if (state === 'Modified') {
      if (acceptChanges) entry.acceptChanges();
      entry.markAllModified();
    } else if (state === 'Unchanged') {
      entry.acceptChanges();
    }
    entry.state = state;
    this.moveMap(entry, from, state);
    if (from !== state) {
      this.rt.trace.emit(
        {
          type: 'state-change',
          context: this.context,
          entity: entry.type.name,
          key: formatKey(entry.keyName, entry.key),
          from,
          to: state,
        },
        line,
      );
    }
    if (state === 'Deleted' && from !== 'Deleted') this.cascadeDelete(entry, line);
  }

  /**
   * EF Core's immediate cascade (required relationships, CascadeTiming.Immediate): deleting a
   * principal deletes its tracked dependents at once (an Added one is just detached).
   * Dependents that are not tracked are left to the database (scenario s-graph-cascade).
   */
  private cascadeDelete(principal: InternalEntry, line: number | null): void {
    for (const nav of principal.type.navigations ?? []) {
      if (nav.kind !== 'collection') continue;
      const dependents = new Set<InternalEntry>();
      const list = principal.entity[nav.name];
      if (Array.isArray(list))
        for (const item of list) {
          const d = typeof item === 'object' && item !== null ? this.find(item) : undefined;
          if (d) dependents.add(d);
        }
      for (const d of this.entriesOf(nav.target))
        if (sameValue(d.entity[nav.foreignKey], principal.entity[principal.keyName])) dependents.add(d);
      for (const d of dependents) {
        if (d.state === 'Added') this.setState(d, 'Detached', line);
        else if (d.state !== 'Deleted' && d.state !== 'Detached') this.setState(d, 'Deleted', line);
      }
    }
  }

  /**
   * Entry(e).CurrentValues.SetValues(obj): copies matching properties; only values that really
   * differ are marked Modified, and the entry becomes Modified only then (EFCORE.md §3.4).
   */
  setValues(entry: InternalEntry, source: Record<string, unknown>, line: number | null): void {
    let changed = false;
    for (const p of entry.type.properties) {
      if (!(p.name in source) || source[p.name] === undefined) continue;
      const value = source[p.name];
      if (sameValue(entry.entity[p.name], value)) continue;
      // EF Core writes the key value first, then refuses it (scenario s-set-values-key).
      entry.entity[p.name] = value;
      if (p.isKey && entry.state !== 'Added')
        throw new InvalidOperationException(keyReadOnly(p.name, entry.type.name));
      if (entry.state === 'Unchanged' || entry.state === 'Modified') {
        entry.modified.add(p.name);
        changed = true;
      }
    }
    if (changed && entry.state === 'Unchanged') {
      entry.state = 'Modified';
      this.moveMap(entry, 'Unchanged', 'Modified');
      this.rt.trace.emit(
        {
          type: 'state-change',
          context: this.context,
          entity: entry.type.name,
          key: formatKey(entry.keyName, entry.key),
          from: 'Unchanged',
          to: 'Modified',
        },
        line,
      );
    }
  }

  /** ChangeTracker.DetectChanges(): snapshot comparison for every Unchanged/Modified entry. */
  detectChanges(line: number | null): boolean {
    let changed = false;
    for (const entry of this.entries) changed = this.detectEntry(entry, line) || changed;
    return changed;
  }

  /**
   * DetectChanges for one entry (what Entry(e) does): navigations first (a changed reference sets
   * the FK, a new entity in a collection is Added; fixup.ts), then the property snapshot. True when
   * the entry turned Unchanged → Modified.
   */
  detectEntry(entry: InternalEntry, line: number | null): boolean {
    if (entry.state !== 'Detached') detectNavigationChanges(this, entry, line);
    return this.detectProperties(entry, line);
  }

  private detectProperties(entry: InternalEntry, line: number | null): boolean {
    const wasUnchanged = entry.state === 'Unchanged';
    if (entry.detectChanges() && wasUnchanged) {
      entry.state = 'Modified';
      this.moveMap(entry, 'Unchanged', 'Modified');
      this.rt.trace.emit(
        {
          type: 'state-change',
          context: this.context,
          entity: entry.type.name,
          key: formatKey(entry.keyName, entry.key),
          from: 'Unchanged',
          to: 'Modified',
        },
        line,
      );
      return true;
    }
    return false;
  }

  /** After a successful save: Added/Modified → Unchanged (with store-generated keys), Deleted → Detached. */
  acceptSaved(entry: InternalEntry, generatedKey: unknown, line: number | null): void {
    if (entry.state === 'Deleted') {
      this.setState(entry, 'Detached', line);
      return;
    }
    if (entry.tempKey !== null) {
      this.unindex(entry);
      entry.entity[entry.keyName] = generatedKey;
      entry.tempKey = null;
      this.index(entry);
    }
    // AcceptChanges keeps the saved values as the new snapshot. (Setting State = Unchanged by
    // hand is different: EF Core reverts a Modified entry's values then.)
    const from = entry.state;
    entry.acceptChanges();
    entry.state = 'Unchanged';
    this.moveMap(entry, from, 'Unchanged');
    this.rt.trace.emit(
      {
        type: 'state-change',
        context: this.context,
        entity: entry.type.name,
        key: formatKey(entry.keyName, entry.key),
        from,
        to: 'Unchanged',
      },
      line,
    );
  }

  /** ChangeTracker.Clear(): stops tracking everything, without StateChanged events (as EF Core). */
  clear(): void {
    for (const entry of this.byInstance.values()) entry.state = 'Detached';
    this.byInstance.clear();
    this.byKey.clear();
    this.maps = StateManager.emptyMaps();
    this.ghosts.clear();
  }

  snapshot(): void {
    this.rt.trace.tracker(this.context, () => trackerEntries(this.tracked, (x) => this.find(x)));
  }

  private index(entry: InternalEntry): void {
    let map = this.byKey.get(entry.type.name);
    if (!map) this.byKey.set(entry.type.name, (map = new Map()));
    map.set(entry.key, entry);
  }

  private unindex(entry: InternalEntry): void {
    const map = this.byKey.get(entry.type.name);
    if (map?.get(entry.key) === entry) map.delete(entry.key);
  }
}

function isDefaultKey(value: unknown): boolean {
  return value === undefined || value === null || value === 0;
}
