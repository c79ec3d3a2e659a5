/**
 * Whether the lesson list is shown compact: the learner's choice when there is one (persisted),
 * otherwise compact on laptop widths, where the editor needs the room.
 */
import { useSyncExternalStore } from 'react';
import { useApp } from '../../state/store.ts';

/** Below this width the lesson list starts compact. */
export const COMPACT_NAV_QUERY = '(max-width: 1439.98px)';

function subscribe(cb: () => void): () => void {
  const mql = matchMedia(COMPACT_NAV_QUERY);
  mql.addEventListener('change', cb);
  return () => mql.removeEventListener('change', cb);
}

export function useNavCollapsed(): boolean {
  const choice = useApp((s) => s.navCollapsed);
  const narrow = useSyncExternalStore(subscribe, () => matchMedia(COMPACT_NAV_QUERY).matches);
  return choice ?? narrow;
}
