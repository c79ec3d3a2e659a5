/**
 * localStorage for the persist middleware that never throws and never rewrites what did not
 * change. A refused write (QuotaExceededError, private mode) is reported through `onError`; the
 * in-memory state (and so the editor) keeps everything, and the next write retries.
 */
import type { PersistStorage, StorageValue } from 'zustand/middleware';

export interface SafeStorageOptions {
  storage: () => Storage | undefined;
  onError: (message: string | null) => void;
}

function describe(err: unknown): string {
  const quota =
    err instanceof DOMException &&
    (err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED');
  return quota
    ? "Your browser's storage for this site is full, so changes are not being saved. Your code is still in the editor: copy it or use Share to keep it."
    : 'Saving to browser storage failed, so changes are not being saved. Your code is still in the editor.';
}

export function createSafeStorage<S extends object>({
  storage,
  onError,
}: SafeStorageOptions): PersistStorage<S> {
  let last: { version: number | undefined; fields: S } | null = null;
  const unchanged = (value: StorageValue<S>) =>
    last !== null &&
    last.version === value.version &&
    Object.keys(value.state).length === Object.keys(last.fields).length &&
    Object.entries(value.state).every(([k, v]) => (last!.fields as Record<string, unknown>)[k] === v);
  return {
    getItem(name) {
      try {
        const raw = storage()?.getItem(name);
        return raw ? (JSON.parse(raw) as StorageValue<S>) : null;
      } catch {
        return null;
      }
    },
    setItem(name, value) {
      if (unchanged(value)) return;
      try {
        storage()?.setItem(name, JSON.stringify(value));
        last = { version: value.version, fields: value.state };
        onError(null);
      } catch (err) {
        last = null;
        onError(describe(err));
      }
    },
    removeItem(name) {
      try {
        storage()?.removeItem(name);
      } catch {
        /* nothing to do: the state in memory is unaffected */
      }
    },
  };
}
