/**
 * App-wide keys: Ctrl/Cmd+Enter runs (Monaco has its own binding while it has focus),
 * Alt+←/→ steps through the run's events.
 */
import { useEffect } from 'react';
import { useApp } from '../../state/store.ts';
import { runCurrent } from '../../state/runController.ts';

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const inMonaco = e.target instanceof HTMLElement && !!e.target.closest('.monaco-editor');
      if ((e.ctrlKey || e.metaKey) && e.key === 'Enter' && !inMonaco) {
        e.preventDefault();
        void runCurrent();
      } else if (e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'ArrowRight' || e.key === 'ArrowLeft')) {
        const s = useApp.getState();
        if (!s.run) return;
        e.preventDefault();
        if (e.key === 'ArrowRight') s.stepNext();
        else s.stepPrev();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
