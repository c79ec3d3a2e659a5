/** Presentation state: theme, open tabs, lesson list and workspace sizes, notices (share / storage messages). */
import type { StateCreator } from 'zustand';
import type { AppState } from '../store.ts';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type PanelTab = 'exception' | 'sql' | 'tracker' | 'console' | 'events';

/**
 * How the workspace's height is shared, in percent: the editor's share and the timeline's
 * (the panels get the rest). Changed with the separators between them.
 */
export interface WorkspaceSplit {
  editor: number;
  timeline: number;
}

export const DEFAULT_SPLIT: WorkspaceSplit = { editor: 38, timeline: 36 };
/** Smallest shares (percent) the separators allow: editor, timeline, panels. */
export const MIN_SPLIT = { editor: 15, timeline: 15, panels: 10 } as const;

/** Keeps a split valid: finite, each part at least its minimum, the panels' share included. */
export function clampSplit(split: WorkspaceSplit): WorkspaceSplit {
  const editor = Math.min(
    100 - MIN_SPLIT.timeline - MIN_SPLIT.panels,
    Math.max(MIN_SPLIT.editor, split.editor),
  );
  const timeline = Math.min(100 - editor - MIN_SPLIT.panels, Math.max(MIN_SPLIT.timeline, split.timeline));
  return { editor: Math.round(editor * 10) / 10, timeline: Math.round(timeline * 10) / 10 };
}

export interface Notice {
  id: string;
  kind: 'error' | 'info' | 'success';
  text: string;
}

export interface UiSlice {
  theme: ThemeChoice;
  panelTab: PanelTab;
  /** Name of the solution shown as a diff, or null. */
  diffSolution: string | null;
  /** The learner's choice for the lesson list; null: follow the window (compact below 1440 px). */
  navCollapsed: boolean | null;
  split: WorkspaceSplit;
  notices: Notice[];
  /** Set while localStorage refuses writes (QuotaExceededError); the editor keeps everything. */
  storageError: string | null;
  setTheme: (t: ThemeChoice) => void;
  setPanelTab: (t: PanelTab) => void;
  showDiff: (solution: string | null) => void;
  /** Flips the lesson list from how it is shown now, and remembers that as the learner's choice. */
  toggleNav: (shownCollapsed: boolean) => void;
  setSplit: (split: WorkspaceSplit) => void;
  notify: (n: Notice) => void;
  dismiss: (id: string) => void;
  setStorageError: (message: string | null) => void;
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => ({
  theme: 'system',
  panelTab: 'exception',
  diffSolution: null,
  navCollapsed: null,
  split: DEFAULT_SPLIT,
  notices: [],
  storageError: null,
  setTheme: (theme) => set({ theme }),
  setPanelTab: (panelTab) => set({ panelTab }),
  showDiff: (diffSolution) => set({ diffSolution }),
  toggleNav: (shownCollapsed) => set({ navCollapsed: !shownCollapsed }),
  setSplit: (split) => set({ split: clampSplit(split) }),
  notify: (n) => set({ notices: [...get().notices.filter((x) => x.id !== n.id), n] }),
  dismiss: (id) => set({ notices: get().notices.filter((x) => x.id !== id) }),
  setStorageError: (storageError) => {
    if (get().storageError !== storageError) set({ storageError });
  },
});
