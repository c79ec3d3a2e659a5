import { describe, expect, it } from 'vitest';
import { createSafeStorage } from './safeStorage.ts';

class FullStorage {
  full = false;
  data = new Map<string, string>();
  writes = 0;
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.writes++;
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
}

describe('createSafeStorage', () => {
  it('reports a full storage instead of throwing, and recovers', () => {
    const store = new FullStorage();
    const errors: (string | null)[] = [];
    const storage = createSafeStorage<{ a: string }>({
      storage: () => store as unknown as Storage,
      onError: (m) => errors.push(m),
    });
    store.full = true;
    expect(() => storage.setItem('k', { state: { a: 'x' }, version: 1 })).not.toThrow();
    expect(errors.at(-1)).toMatch(/storage for this site is full/);
    store.full = false;
    storage.setItem('k', { state: { a: 'y' }, version: 1 });
    expect(errors.at(-1)).toBeNull();
    expect(storage.getItem('k')).toEqual({ state: { a: 'y' }, version: 1 });
  });

  it('skips writes when no persisted field changed', () => {
    const store = new FullStorage();
    const storage = createSafeStorage<{ a: string }>({
      storage: () => store as unknown as Storage,
      onError: () => undefined,
    });
    const a = 'same';
    storage.setItem('k', { state: { a }, version: 1 });
    storage.setItem('k', { state: { a }, version: 1 });
    expect(store.writes).toBe(1);
  });
});
