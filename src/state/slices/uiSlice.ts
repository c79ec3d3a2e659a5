/** Presentation state: theme, open tabs, notices (share / storage messages). */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type PanelTab = 'exception' | 'sql' | 'tracker' | 'console' | 'events';
export type EditorTab = 'code' | 'cs';

export interface Notice {
  id: string;
  kind: 'error' | 'info' | 'success';
  text: string;
}

export interface UiSlice {
  theme: ThemeChoice;
  panelTab: PanelTab;
  editorTab: EditorTab;
  /** Name of the solution shown as a diff, or null. */
  diffSolution: string | null;
  navCollapsed: boolean;
  notices: Notice[];
  /** Set while localStorage refuses writes (QuotaExceededError); the editor keeps everything. */
  storageError: string | null;
  setTheme: (t: ThemeChoice) => void;
  setPanelTab: (t: PanelTab) => void;
  setEditorTab: (t: EditorTab) => void;
  showDiff: (solution: string | null) => void;
  toggleNav: () => void;
  notify: (n: Notice) => void;
  dismiss: (id: string) => void;
  setStorageError: (message: string | null) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  theme: 'system',
  panelTab: 'exception',
  editorTab: 'code',
  diffSolution: null,
  navCollapsed: false,
  notices: [],
  storageError: null,
  setTheme: (theme) => set({ theme }),
  setPanelTab: (panelTab) => set({ panelTab }),
  setEditorTab: (editorTab) => set({ editorTab }),
  showDiff: (diffSolution) => set({ diffSolution }),
  toggleNav: () => set({ navCollapsed: !get().navCollapsed }),
  notify: (n) => set({ notices: [...get().notices.filter((x) => x.id !== n.id), n] }),
  dismiss: (id) => set({ notices: get().notices.filter((x) => x.id !== id) }),
  setStorageError: (storageError) => {
    if (get().storageError !== storageError) set({ storageError });
  },
});
