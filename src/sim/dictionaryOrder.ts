/**
 * The order in which .NET's Dictionary<K, V> enumerates: EF Core's EntityReferenceMap keeps one
 * per entity state, and ChangeTracker.Entries() (and so DetectChanges and the debug view) lists
 * entries in that order (stateManager.ts).
 */
/** The enumeration order of .NET's Dictionary<K, V>: insertion order, freed slots reused last-freed first. */
export class DictionaryOrder<T> {
  private slots: (T | undefined)[] = [];
  private free: number[] = [];
  private readonly at = new Map<T, number>();

  add(item: T): void {
    if (this.at.has(item)) return;
    const slot = this.free.length > 0 ? this.free.pop()! : this.slots.length;
    this.slots[slot] = item;
    this.at.set(item, slot);
  }

  delete(item: T): void {
    const slot = this.at.get(item);
    if (slot === undefined) return;
    this.slots[slot] = undefined;
    this.at.delete(item);
    this.free.push(slot);
  }

  values(): T[] {
    return this.slots.filter((s): s is T => s !== undefined);
  }
}
