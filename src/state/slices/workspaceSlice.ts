/**
 * Editor buffers (one per lesson and language, autosaved), the language the learner writes in,
 * the current lesson, run settings, a shared snippet.
 */
import type { StateCreator } from 'zustand';
import { DEFAULT_RUN_SETTINGS, type RunSettings } from '../../runner/types.ts';
import type { SharePayload } from '../shareLink.ts';
import type { AppState } from '../store.ts';
import { findLesson, getLessons, lessonSettings } from '../lessons.ts';
import { starterIn, type Language, type LessonFiles } from '../language.ts';

export interface WorkspaceSlice {
  lessonId: string | null;
  /** Learner's TypeScript per lesson id; absent = the starter. */
  buffers: Record<string, string>;
  /** Learner's C# per lesson id, kept apart from the TypeScript; absent = the C# starter. */
  csBuffers: Record<string, string>;
  /** The language the editor edits and runs; null until the learner has chosen (TypeScript meanwhile). */
  language: Language | null;
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
  /** Chooses the language (kept). A shared snippet in the other language is left. */
  setLanguage: (language: Language) => void;
}

/**
 * A first visit opens the learning path's first lesson. Set here rather than by an effect after
 * the first render: that render drew the page without a lesson, then again with it (a wasted
 * render and layout on the cold load).
 */
function firstLesson(): Pick<WorkspaceSlice, 'lessonId' | 'settings'> {
  const first = getLessons()[0];
  return first
    ? { lessonId: first.id, settings: lessonSettings(first) }
    : { lessonId: null, settings: DEFAULT_RUN_SETTINGS };
}

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => ({
  ...firstLesson(),
  buffers: {},
  csBuffers: {},
  language: null,
  shared: null,
  selectLesson: (id) => {
    if (get().lessonId === id) return;
    const lesson = findLesson(id);
    set({ lessonId: id, diffSolution: null, ...(lesson ? { settings: lessonSettings(lesson) } : {}) });
    get().clearRun();
  },
  setCode: (code) => {
    const s = get();
    const { lessonId } = s;
    if (!lessonId) return;
    if (sharedShown(s)) set({ shared: { ...s.shared!, code } });
    else if (editorLanguage(s) === 'csharp') {
      if (s.csBuffers[lessonId] !== code) set({ csBuffers: { ...s.csBuffers, [lessonId]: code } });
    } else if (s.buffers[lessonId] !== code) set({ buffers: { ...s.buffers, [lessonId]: code } });
  },
  openShared: (payload) => {
    // A link made before providers existed names none: it runs on its lesson's provider.
    const lesson = findLesson(payload.lesson);
    const provider =
      payload.settings.provider ?? (lesson ? lessonSettings(lesson) : DEFAULT_RUN_SETTINGS).provider;
    // The snippet opens in its own language (a link made before C# existed is TypeScript).
    const language = payload.language ?? 'typescript';
    set({ shared: payload, lessonId: payload.lesson, language, settings: { ...payload.settings, provider } });
    get().clearRun();
  },
  keepShared: () => {
    const { shared, buffers, csBuffers } = get();
    if (!shared) return;
    if (shared.language === 'csharp')
      set({ shared: null, csBuffers: { ...csBuffers, [shared.lesson]: shared.code } });
    else set({ shared: null, buffers: { ...buffers, [shared.lesson]: shared.code } });
  },
  leaveShared: () => set({ shared: null }),
  setSettings: (s) => set({ settings: { ...get().settings, ...s } }),
  setLanguage: (language) => {
    const { shared } = get();
    if (get().language === language) return;
    // A run's lines, markers and diff belong to the other language's code.
    set({ language, ...(shared && (shared.language ?? 'typescript') !== language ? { shared: null } : {}) });
    get().clearRun();
  },
});

type CodeState = Pick<AppState, 'shared' | 'lessonId' | 'buffers' | 'csBuffers' | 'language'>;

/** The language the editor holds: the learner's choice, TypeScript until they make one. */
export function editorLanguage(state: Pick<AppState, 'language'>): Language {
  return state.language ?? 'typescript';
}

function sharedShown(state: Pick<AppState, 'shared' | 'lessonId'>): boolean {
  return state.shared !== null && state.shared.lesson === state.lessonId;
}

/** The code the editor shows for the current lesson, in the editor's language. */
export function currentCode(state: CodeState, lesson: LessonFiles): string {
  const { shared, lessonId } = state;
  const language = editorLanguage(state);
  const starter = starterIn(lesson, language);
  if (!lessonId) return starter;
  if (shared && sharedShown(state)) return shared.code;
  return (language === 'csharp' ? state.csBuffers : state.buffers)[lessonId] ?? starter;
}

/** Key of the buffer being edited (also the Monaco model path, with the language's extension). */
export function bufferKey(state: Pick<AppState, 'shared' | 'lessonId' | 'language'>): string {
  const { lessonId } = state;
  const key = sharedShown(state) ? `shared/${lessonId}` : `lesson/${lessonId ?? 'none'}`;
  return `${key}.${editorLanguage(state) === 'csharp' ? 'cs' : 'ts'}`;
}
