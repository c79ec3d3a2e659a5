/**
 * Persisted state: its shape, version and migration. Whatever is in storage (an older version,
 * a hand-edited or corrupt value) comes out as a valid PersistedState; unknown parts are dropped.
 */
import { DEFAULT_RUN_SETTINGS, isProvider, type RunSettings } from '../runner/types.ts';
import type { LessonProgress } from './slices/progressSlice.ts';
import { clampSplit, DEFAULT_SPLIT, type ThemeChoice, type WorkspaceSplit } from './slices/uiSlice.ts';
import type { SharePayload } from './shareLink.ts';
import { isLanguage, type Language } from './language.ts';

export const PERSIST_VERSION = 2;

export interface PersistedState {
  lessonId: string | null;
  buffers: Record<string, string>;
  /** Added without a version bump: absent (older state) reads as no C# edits. */
  csBuffers: Record<string, string>;
  /** Absent (older state, or not chosen yet): null, and the first visit's prompt asks. */
  language: Language | null;
  shared: SharePayload | null;
  settings: RunSettings;
  progress: Record<string, LessonProgress>;
  theme: ThemeChoice;
  speed: number;
  navCollapsed: boolean | null;
  split: WorkspaceSplit;
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown, d: number) => (typeof v === 'number' && Number.isFinite(v) ? v : d);

function strings(v: unknown): Record<string, string> {
  if (!isObj(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

function settingsOf(v: unknown): RunSettings {
  const s = isObj(v) ? v : {};
  return {
    latencyMs: num(s.latencyMs, DEFAULT_RUN_SETTINGS.latencyMs),
    jitterMs: num(s.jitterMs, DEFAULT_RUN_SETTINGS.jitterMs),
    seed: num(s.seed, DEFAULT_RUN_SETTINGS.seed),
    ...(isProvider(s.provider) ? { provider: s.provider } : {}),
  };
}

function progressOf(v: unknown): Record<string, LessonProgress> {
  if (!isObj(v)) return {};
  const out: Record<string, LessonProgress> = {};
  for (const [id, p] of Object.entries(v)) {
    if (!isObj(p)) continue;
    out[id] = {
      status: p.status === 'done' ? 'done' : 'in-progress',
      runs: num(p.runs, 0),
      ...(typeof p.prediction === 'number' ? { prediction: p.prediction } : {}),
      ...(typeof p.hints === 'number' && Number.isInteger(p.hints) && p.hints > 0 ? { hints: p.hints } : {}),
    };
  }
  return out;
}

function sharedOf(v: unknown): SharePayload | null {
  if (!isObj(v) || typeof v.lesson !== 'string' || typeof v.code !== 'string') return null;
  return {
    lesson: v.lesson,
    code: v.code,
    settings: settingsOf(v.settings),
    ...(v.language === 'csharp' ? { language: 'csharp' as const } : {}),
  };
}

function splitOf(v: unknown): WorkspaceSplit {
  const s = isObj(v) ? v : {};
  return clampSplit({
    editor: num(s.editor, DEFAULT_SPLIT.editor),
    timeline: num(s.timeline, DEFAULT_SPLIT.timeline),
  });
}

/**
 * Version 0 (none written yet) and 1 share the same fields. Version 2 adds `split`, and
 * `navCollapsed: null` (follow the window): a version-1 `false` was the default, not a choice.
 */
export function migratePersisted(persisted: unknown, version: number): PersistedState {
  const p = isObj(persisted) ? persisted : {};
  return {
    lessonId: typeof p.lessonId === 'string' ? p.lessonId : null,
    buffers: strings(p.buffers),
    csBuffers: strings(p.csBuffers),
    language: isLanguage(p.language) ? p.language : null,
    shared: sharedOf(p.shared),
    settings: settingsOf(p.settings),
    progress: progressOf(p.progress),
    theme: p.theme === 'light' || p.theme === 'dark' ? p.theme : 'system',
    speed: [0.25, 0.5, 1, 2, 4].includes(num(p.speed, 1)) ? num(p.speed, 1) : 1,
    navCollapsed: p.navCollapsed === true ? true : p.navCollapsed === false && version >= 2 ? false : null,
    split: splitOf(p.split),
  };
}
