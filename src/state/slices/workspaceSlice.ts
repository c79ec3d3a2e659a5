/** Editor buffers (one per lesson, autosaved), the current lesson, run settings, a shared snippet. */
import type { StateCreator } from 'zustand';
import { DEFAULT_RUN_SETTINGS, type RunSettings } from '../../runner/types.ts';
import type { SharePayload } from '../shareLink.ts';
import type { AppState } from '../store.ts';
import { findLesson, lessonSettings } from '../lessons.ts';

export interface WorkspaceSlice {
  lessonId: string | null;
  /** Learner's code per lesson id; absent = the starter. */
  buffers: Record<string, string>;
  /** A snippet opened from a share link; shown instead of the learner's buffer for its lesson. */
  shared: SharePayload | null;
  settings: RunSettings;
  selectLesson: (id: string) => void;
  setCode: (code: string) => void;
  openShared: (payload: SharePayload) => void;
  /** Keep the shared code as the learner's own (their previous buffer is replaced). */
  keepShared: () => void;
  leaveShared: () => void;
  setSettings: (s: Partial<RunSettings>) => void;
}

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => ({
  lessonId: null,
  buffers: {},
  shared: null,
  settings: DEFAULT_RUN_SETTINGS,
  selectLesson: (id) => {
    if (get().lessonId === id) return;
    const lesson = findLesson(id);
    set({ lessonId: id, diffSolution: null, editorTab: 'code', ...(lesson ? { settings: lessonSettings(lesson) } : {}) });
    get().clearRun();
  },
  setCode: (code) => {
    const { shared, lessonId, buffers } = get();
    if (!lessonId) return;
    if (shared && shared.lesson === lessonId) set({ shared: { ...shared, code } });
    else if (buffers[lessonId] !== code) set({ buffers: { ...buffers, [lessonId]: code } });
  },
  openShared: (payload) => {
    // A link made before providers existed names none: it runs on its lesson's provider.
    const lesson = findLesson(payload.lesson);
    const provider = payload.settings.provider ?? (lesson ? lessonSettings(lesson) : DEFAULT_RUN_SETTINGS).provider;
    set({ shared: payload, lessonId: payload.lesson, settings: { ...payload.settings, provider } });
    get().clearRun();
  },
  keepShared: () => {
    const { shared, buffers } = get();
    if (!shared) return;
    set({ shared: null, buffers: { ...buffers, [shared.lesson]: shared.code } });
  },
  leaveShared: () => set({ shared: null }),
  setSettings: (s) => set({ settings: { ...get().settings, ...s } }),
});

/** The code the editor shows for the current lesson. */
export function currentCode(state: Pick<AppState, 'shared' | 'lessonId' | 'buffers'>, starter: string): string {
  const { shared, lessonId, buffers } = state;
  if (!lessonId) return starter;
  if (shared && shared.lesson === lessonId) return shared.code;
  return buffers[lessonId] ?? starter;
}

/** Key of the buffer being edited (also the Monaco model path). */
export function bufferKey(state: Pick<AppState, 'shared' | 'lessonId'>): string {
  const { shared, lessonId } = state;
  return shared && shared.lesson === lessonId ? `shared/${lessonId}` : `lesson/${lessonId ?? 'none'}`;
}
