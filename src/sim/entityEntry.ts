/**
 * One tracked entity: EF Core's InternalEntityEntry, reduced to what the simulator needs.
 * Snapshot change tracking: `originals` is the snapshot taken when tracking started (or after
 * the last SaveChanges); DetectChanges compares the entity's current values with it.
 */
import type { EntityTypeDef } from './data/modelTypes.ts';
import type { EntityStateName } from './trace.ts';
import { InvalidOperationException } from './exceptions.ts';
import { keyReadOnly } from './messages.ts';

export class InternalEntry {
  state: EntityStateName = 'Detached';
  originals: Record<string, unknown>;
  readonly modified = new Set<string>();
  /** EF Core 3+: temporary keys live in the entry, not on the entity (its Id stays 0 until saved). */
  tempKey: number | null = null;

  constructor(
    readonly entity: Record<string, unknown>,
    readonly type: EntityTypeDef,
    readonly keyName: string,
    /** Snippet line that started tracking this instance (shown beside identity conflicts). */
    readonly trackedLine: number | null,
  ) {
    this.originals = snapshot(entity, type);
  }

  /** The key the identity map knows this entry by. */
  get key(): unknown {
    return this.tempKey ?? this.entity[this.keyName];
  }

  current(name: string): unknown {
    return this.entity[name];
  }

  /** Takes a fresh snapshot: what SaveChanges' AcceptChanges does. */
  acceptChanges(): void {
    this.originals = snapshot(this.entity, this.type);
    this.modified.clear();
  }

  /** Marks every non-key property modified (Update, State = Modified). */
  markAllModified(): void {
    for (const p of this.type.properties) if (!p.isKey) this.modified.add(p.name);
  }

  /**
   * DetectChanges for this entry: properties whose value differs from the snapshot. A changed
   * key throws KeyReadOnly, as EF Core's ChangeDetector does (keys are AfterSaveBehavior.Throw).
   */
  detectChanges(): boolean {
    if (this.state !== 'Unchanged' && this.state !== 'Modified') return false;
    let changed = false;
    for (const p of this.type.properties) {
      if (p.isKey) {
        if (!sameValue(this.entity[p.name], this.originals[p.name]))
          throw new InvalidOperationException(keyReadOnly(p.name, this.type.name));
        continue;
      }
      if (!sameValue(this.entity[p.name], this.originals[p.name]) && !this.modified.has(p.name)) {
        this.modified.add(p.name);
        changed = true;
      }
    }
    return changed;
  }

  /** Reverts current values to the snapshot (State = Unchanged on a Modified entry does this). */
  revert(): void {
    for (const p of this.type.properties) if (!p.isKey) this.entity[p.name] = this.originals[p.name];
    this.modified.clear();
  }
}

export function snapshot(entity: Record<string, unknown>, type: EntityTypeDef): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const p of type.properties) values[p.name] = entity[p.name];
  return values;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || (a == null && b == null) || (Number.isNaN(a) && Number.isNaN(b));
}
