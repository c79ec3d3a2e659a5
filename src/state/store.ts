/**
 * The app's one zustand store, made of typed slices. `persist` wraps the combined store only and
 * saves little: buffers (TypeScript and C#), the language, the current lesson, a shared snippet, settings, progress, preferences.
 * Runs, playback, notices and race-lab results are never persisted (the trace is re-made by pressing Run).
 */
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { createWorkspaceSlice, type WorkspaceSlice } from './slices/workspaceSlice.ts';
import { createProgressSlice, type ProgressSlice } from './slices/progressSlice.ts';
import { createRunSlice, type RunSlice } from './slices/runSlice.ts';
import { createPlaybackSlice, type PlaybackSlice } from './slices/playbackSlice.ts';
import { createUiSlice, type UiSlice } from './slices/uiSlice.ts';
import { createRaceLabSlice, type RaceLabSlice } from './slices/raceLab.ts';
import { createSafeStorage } from './safeStorage.ts';
import { migratePersisted, PERSIST_VERSION, type PersistedState } from './migrate.ts';

export type AppState = WorkspaceSlice & ProgressSlice & RunSlice & PlaybackSlice & UiSlice & RaceLabSlice;

export const STORAGE_KEY = 'dbcontext-playground';

export const useApp = create<AppState>()(
  persist(
    (...a) => ({
      ...createWorkspaceSlice(...a),
      ...createProgressSlice(...a),
      ...createRunSlice(...a),
      ...createPlaybackSlice(...a),
      ...createUiSlice(...a),
      ...createRaceLabSlice(...a),
    }),
    {
      name: STORAGE_KEY,
      version: PERSIST_VERSION,
      storage: createSafeStorage<PersistedState>({
        storage: () => (typeof localStorage === 'undefined' ? undefined : localStorage),
        onError: (message) => useApp.getState().setStorageError(message),
      }),
      partialize: (s): PersistedState => ({
        lessonId: s.lessonId,
        buffers: s.buffers,
        csBuffers: s.csBuffers,
        language: s.language,
        shared: s.shared,
        settings: s.settings,
        progress: s.progress,
        theme: s.theme,
        speed: s.speed,
        navCollapsed: s.navCollapsed,
        split: s.split,
      }),
      migrate: (persisted, version) => migratePersisted(persisted, version),
      merge: (persisted, current) => {
        const saved = migratePersisted(persisted, PERSIST_VERSION);
        // Nothing saved yet (a first visit): keep the first lesson the store opens with (and its
        // settings) instead of drawing the page once without a lesson.
        return saved.lessonId === null
          ? { ...current, ...saved, lessonId: current.lessonId, settings: current.settings }
          : { ...current, ...saved };
      },
    },
  ),
);
