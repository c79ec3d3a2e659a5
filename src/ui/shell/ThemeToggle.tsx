/** Cycles system → light → dark; the label says what it is now and what a press does. */
import { useApp } from '../../state/store.ts';
import type { ThemeChoice } from '../../state/slices/uiSlice.ts';
import { Icon } from './Icon.tsx';

const NEXT: Record<ThemeChoice, ThemeChoice> = { system: 'light', light: 'dark', dark: 'system' };
const ICON = { system: 'monitor', light: 'sun', dark: 'moon' } as const;

export function ThemeToggle() {
  const theme = useApp((s) => s.theme);
  const setTheme = useApp((s) => s.setTheme);
  const label = `Theme: ${theme === 'system' ? 'follow system' : theme}. Switch to ${NEXT[theme] === 'system' ? 'follow system' : NEXT[theme]}`;
  return (
    <button
      type="button"
      className="btn btn-ghost btn-icon"
      aria-label={label}
      title={label}
      onClick={() => setTheme(NEXT[theme])}
    >
      <Icon name={ICON[theme]} />
    </button>
  );
}
