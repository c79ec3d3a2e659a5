/**
 * SaveChanges(Async) as EF Core runs it (EFCORE.md §2.2, §4.4):
 * 1. DetectChanges (snapshot comparison) — outside the ConcurrencyDetector;
 * 2. nothing Added/Modified/Deleted → returns 0 without entering the detector;
 * 3. otherwise one command per entity (SQLite's singular batches, each numbering its parameters
 *    from @p0), INSERT … RETURNING "Id",
 *    UPDATE of the modified columns only … RETURNING 1, DELETE … RETURNING 1; several commands
 *    share one transaction;
 * 4. an UPDATE/DELETE that affects no row (deleted meanwhile, or a concurrency token changed)
 *    fails with DbUpdateConcurrencyException and nothing is saved;
 * 5. AcceptChanges: store-generated keys written back, Added/Modified → Unchanged, Deleted → Detached.
 * Commands are ordered as EF Core's ModificationCommandComparer orders them: table name
 * (ordinal), then state (Deleted, Modified, Added), then key. A Deleted entry that shares its key
 * with an Added one (delete, then add the same key) is not sent: the pair becomes one UPDATE.
 */
import { keyOf } from './data/modelTypes.ts';
import { buildDelete, buildInsert, buildUpdate } from './data/updateSql.ts';
import type { NonQueryResult, PlannedCommand } from './dataAccess.ts';
import type { OpPlan } from './dbOperation.ts';
import type { InternalEntry } from './entityEntry.ts';
import type { StateManager } from './stateManager.ts';

export function planSaveChanges(stateManager: StateManager, line: number | null): OpPlan<number> {
  // The change tracker shows what DetectChanges found even when the save is then refused (by the
  // ConcurrencyDetector, which it runs before): the edited entry reads Modified, as in EF Core.
  if (stateManager.detectChanges(line)) stateManager.snapshot();
  const pending = stateManager.entries.filter(
    (e) => e.state === 'Added' || e.state === 'Deleted' || (e.state === 'Modified' && e.modified.size > 0),
  );
  const replaced = sharedIdentities(pending);
  const entries = dependentsDeletedFirst(pending.filter((e) => !replaced.deleted.has(e)).sort(commandOrder));
  // SQLite's SingularModificationCommandBatch: every command is its own batch, numbered from @p0.
  const commands: PlannedCommand[] = entries.map((e) => commandFor(e, 0, replaced.added.has(e)));
  propagateGeneratedKeys(entries, commands);
  return {
    commands,
    complete(results) {
      const resultOf = new Map(entries.map((entry, i) => [entry, results[i] as NonQueryResult | undefined]));
      // AcceptAllChanges walks the entries to save in the state manager's order, not command order.
      for (const entry of pending) {
        const result = resultOf.get(entry);
        const generated =
          entry.state === 'Added' && entry.tempKey !== null
            ? (result?.returned[0]?.[0] ?? entry.entity[entry.keyName])
            : undefined;
        stateManager.acceptSaved(entry, generated, line);
      }
      if (entries.length) stateManager.snapshot();
      return entries.length;
    },
    summary: (n) => `${n} entities written`,
  };
}

const STATE_ORDER: Record<string, number> = { Deleted: 2, Modified: 3, Added: 4 };

/** Whether `d` is a dependent (by its reference navigation's FK) of `p`. */
function dependsOn(d: InternalEntry, p: InternalEntry): boolean {
  return (d.type.navigations ?? []).some(
    (n) =>
      n.kind === 'reference' &&
      n.target === p.type.name &&
      d.originals[n.foreignKey] === p.originals[p.keyName],
  );
}

/**
 * EF Core's topological sort of the commands: a deleted principal's DELETE waits for the
 * DELETEs of its deleted dependents (scenario s-graph-cascade: four orders, then the customer),
 * whatever the table names say.
 */
function dependentsDeletedFirst(sorted: InternalEntry[]): InternalEntry[] {
  const out: InternalEntry[] = [];
  const waiting = new Map<InternalEntry, Set<InternalEntry>>();
  const release = (done: InternalEntry) => {
    for (const [p, deps] of waiting) {
      if (deps.delete(done) && deps.size === 0) {
        waiting.delete(p);
        out.push(p);
        release(p);
      }
    }
  };
  sorted.forEach((e, i) => {
    if (e.state === 'Deleted') {
      const later = sorted.slice(i + 1).filter((d) => d.state === 'Deleted' && dependsOn(d, e));
      if (later.length) {
        waiting.set(e, new Set(later));
        return;
      }
    }
    out.push(e);
    release(e);
  });
  return out;
}

function commandOrder(a: InternalEntry, b: InternalEntry): number {
  if (a.type.table !== b.type.table) return a.type.table < b.type.table ? -1 : 1;
  if (a.state !== b.state) return STATE_ORDER[a.state] - STATE_ORDER[b.state];
  const ka = a.key as number;
  const kb = b.key as number;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Deleted + Added entries with one key (EF Core's shared identity): the Added one is saved as an UPDATE. */
function sharedIdentities(entries: InternalEntry[]): {
  added: Set<InternalEntry>;
  deleted: Set<InternalEntry>;
} {
  const added = new Set<InternalEntry>();
  const deleted = new Set<InternalEntry>();
  for (const d of entries) {
    if (d.state !== 'Deleted') continue;
    const a = entries.find(
      (e) => e.state === 'Added' && e.type === d.type && e.tempKey === null && e.key === d.key,
    );
    if (a) {
      added.add(a);
      deleted.add(d);
    }
  }
  return { added, deleted };
}

function commandFor(entry: InternalEntry, paramStart: number, replacesDeleted = false): PlannedCommand {
  const type = entry.type;
  const key = keyOf(type);
  const token = type.properties.find((p) => p.isConcurrencyToken);
  const tokenOriginal = token ? entry.originals[token.name] : undefined;
  if (entry.state === 'Added' && replacesDeleted) {
    const changed = type.properties.filter((p) => !p.isKey).map((p) => p.name);
    const { sql, params } = buildUpdate(type, entry.key, changed, entry.entity, paramStart);
    return { sql, params, mode: 'nonquery', expectRows: 1 };
  }
  if (entry.state === 'Added') {
    const values: Record<string, unknown> = {};
    for (const p of type.properties) {
      // A store-generated key left at its default is generated by the database (RETURNING "Id").
      if (p.isKey && p.storeGenerated && entry.tempKey !== null) continue;
      values[p.name] = entry.entity[p.name];
    }
    // Any key that is not a temporary value is sent explicitly, negative ones included.
    const { sql, params } = buildInsert(type, values, paramStart, { includeKey: entry.tempKey === null });
    return { sql, params, mode: 'nonquery' };
  }
  if (entry.state === 'Modified') {
    const changed = type.properties.filter((p) => entry.modified.has(p.name)).map((p) => p.name);
    const { sql, params } = buildUpdate(
      type,
      entry.originals[key.name],
      changed,
      entry.entity,
      paramStart,
      tokenOriginal,
    );
    return { sql, params, mode: 'nonquery', expectRows: 1 };
  }
  const { sql, params } = buildDelete(type, entry.originals[key.name], paramStart, tokenOriginal);
  return { sql, params, mode: 'nonquery', expectRows: 1 };
}

/**
 * An Added dependent of an Added principal with a temporary key (`db.Add(new Customer { Orders =
 * { new Order { … } } })`): its INSERT sends the key the principal's INSERT returned, written into
 * the FK just before it runs, and its parameters continue the principal's numbering (`@p2, @p3,
 * @p4` after the customer's `@p0, @p1`: gap pair s-graph-add-new, as EF Core 10 logged it).
 */
function propagateGeneratedKeys(entries: InternalEntry[], commands: PlannedCommand[]): void {
  entries.forEach((dependent, i) => {
    if (dependent.state !== 'Added') return;
    for (const nav of dependent.type.navigations ?? []) {
      if (nav.kind !== 'reference') continue;
      const principal = entries.findIndex(
        (p, j) =>
          j < i &&
          p.state === 'Added' &&
          p.tempKey !== null &&
          p.type.name === nav.target &&
          dependent.entity[nav.name] === p.entity,
      );
      if (principal < 0) continue;
      const start = commands[principal].params.length;
      const planned = commandFor(dependent, start, false);
      commands[i] = {
        ...planned,
        prepare: (previous) => {
          const returned = (previous[principal] as NonQueryResult | undefined)?.returned[0]?.[0];
          if (returned === undefined) return;
          dependent.entity[nav.foreignKey] = returned;
          const rebuilt = commandFor(dependent, start, false);
          commands[i].params.splice(0, commands[i].params.length, ...rebuilt.params);
        },
      };
    }
  });
}
