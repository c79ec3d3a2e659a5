/** Resolves the theme choice against the system preference and applies it to <html>. */
import { useEffect, useSyncExternalStore } from 'react';
import { useApp } from '../../state/store.ts';

const query = '(prefers-color-scheme: dark)';

function subscribe(cb: () => void): () => void {
  const mql = matchMedia(query);
  mql.addEventListener('change', cb);
  return () => mql.removeEventListener('change', cb);
}

export function useIsDark(): boolean {
  const theme = useApp((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, () => matchMedia(query).matches);
  return theme === 'dark' || (theme === 'system' && systemDark);
}

export function useApplyTheme(): boolean {
  const dark = useIsDark();
  useEffect(() => {
    document.documentElement.dataset.theme = dark ? 'dark' : 'light';
  }, [dark]);
  return dark;
}
