/**
 * EntityEntry: `db.Entry(e)` — State (get/set), CurrentValues.SetValues, OriginalValues,
 * Property(name).IsModified, DebugView. Entry() on an untracked instance returns a Detached
 * entry without tracking it; setting State then starts tracking (and can conflict).
 */
import type { ContextCore } from './contextCore.ts';
import { runLocal } from './dbOperation.ts';
import { longView, shortView } from './debugView.ts';
import type { EntityTypeDef } from './data/modelTypes.ts';
import { resolveType } from './tracking.ts';
import type { EntityStateName } from './trace.ts';

export class EntityEntry {
  constructor(
    private readonly core: ContextCore,
    readonly Entity: Record<string, unknown>,
    private readonly type: EntityTypeDef,
  ) {}

  private get internal() {
    return this.core.stateManager.find(this.Entity);
  }

  get State(): EntityStateName {
    return this.internal?.state ?? 'Detached';
  }

  set State(state: EntityStateName) {
    // A setter has no call expression of its own: its line comes from the stack.
    this.core.rt.implicit(() =>
      runLocal(
        this.core,
        { name: `Entry.State = ${state}`, kind: 'tracking', entity: this.type.name },
        (op, line) => {
          const entry = this.internal;
          if (entry) this.core.stateManager.setState(entry, state, line);
          else if (state !== 'Detached')
            this.core.stateManager.track(this.Entity, this.type, state, line, op);
          this.core.stateManager.snapshot();
        },
      ),
    );
  }

  get CurrentValues() {
    return {
      SetValues: (values: Record<string, unknown>) =>
        runLocal(this.core, { name: 'SetValues', kind: 'tracking', entity: this.type.name }, (_op, line) => {
          const entry = this.internal;
          // On a Detached entry the values are just copied: writing values does not start tracking.
          if (!entry) copyValues(this.Entity, this.type, values);
          else this.core.stateManager.setValues(entry, values, line);
          this.core.stateManager.snapshot();
        }),
      ToObject: () => ({ ...this.Entity }),
    };
  }

  get OriginalValues() {
    const originals = this.internal?.originals ?? { ...this.Entity };
    return { ToObject: () => ({ ...originals }), GetValue: (name: string) => originals[name] };
  }

  Property(name: string) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const self = this;
    return {
      get IsModified(): boolean {
        return self.internal?.modified.has(name) ?? false;
      },
      // A temporary key lives in the entry, and the entry reports it (scenario s-temp-key).
      get CurrentValue(): unknown {
        const entry = self.internal;
        return entry && entry.tempKey !== null && name === entry.keyName ? entry.tempKey : self.Entity[name];
      },
      get OriginalValue(): unknown {
        const entry = self.internal;
        return entry && entry.tempKey !== null && name === entry.keyName
          ? entry.tempKey
          : entry?.originals[name];
      },
    };
  }

  get DebugView() {
    const entries = this.internal ? [this.internal] : [];
    // One entry's view has no trailing newline (ChangeTracker's views end every entry with one).
    return {
      ShortView: shortView(entries).replace(/\n$/, ''),
      LongView: longView(entries, (x) => this.core.stateManager.find(x)).replace(/\n$/, ''),
    };
  }
}

function copyValues(
  entity: Record<string, unknown>,
  type: EntityTypeDef,
  values: Record<string, unknown>,
): void {
  for (const p of type.properties)
    if (p.name in values && values[p.name] !== undefined) entity[p.name] = values[p.name];
}

/** `db.Entry(e)`: like EF Core, detects changes for that one entry (if tracked) at the call. */
export function entryFor(
  core: ContextCore,
  entity: unknown,
  known: EntityTypeDef | null = null,
  detect = false,
): EntityEntry {
  const type = resolveType(entity, known);
  if (detect) {
    const tracked = core.stateManager.find(entity as object);
    if (tracked) core.stateManager.detectEntry(tracked, core.rt.line());
  }
  return new EntityEntry(core, entity as Record<string, unknown>, type);
}
