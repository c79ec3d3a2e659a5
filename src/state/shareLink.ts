/**
 * Share links: `#v1/<lz-string compressToEncodedURIComponent(JSON)>` where the JSON is
 * `{ "l": lessonId, "c": code, "s": { latencyMs, jitterMs, seed, provider? }, "g"?: "csharp" }`. The prefix
 * is versioned so old links keep working when the payload grows (documented in the README); a link
 * without `provider` (made before it existed) runs on its lesson's provider (workspaceSlice.openShared);
 * a link without `g` is TypeScript (so every TypeScript link, old or new, is the same bytes).
 * Decoding never throws: a bad link yields a message for the learner.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { isProvider, type RunSettings } from '../runner/types.ts';
import type { Language } from './language.ts';

export interface SharePayload {
  lesson: string;
  code: string;
  settings: RunSettings;
  /** The code's language; absent: TypeScript. */
  language?: Language;
}

export const SHARE_PREFIX = '#v1/';
/** Longest hash we accept (characters). Chat apps cut far shorter links; this guards memory. */
export const MAX_HASH_LENGTH = 100_000;
/** Longest code a link may carry once decompressed. */
export const MAX_CODE_LENGTH = 50_000;
/** Links longer than this still work but may get cut by chat apps: warn when sharing. */
export const LONG_LINK_WARNING = 8_000;

export type DecodeResult =
  { kind: 'none' } | { kind: 'ok'; payload: SharePayload } | { kind: 'error'; message: string };

export function encodeShare(payload: SharePayload): string {
  const json = JSON.stringify({
    l: payload.lesson,
    c: payload.code,
    s: payload.settings,
    ...(payload.language === 'csharp' ? { g: 'csharp' } : {}),
  });
  return SHARE_PREFIX + compressToEncodedURIComponent(json);
}

function fail(message: string): DecodeResult {
  return { kind: 'error', message };
}

function validSettings(s: unknown): RunSettings | null {
  if (!s || typeof s !== 'object') return null;
  const { latencyMs, jitterMs, seed, provider } = s as Record<string, unknown>;
  const ok = (v: unknown, max: number): v is number =>
    typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max;
  if (!ok(latencyMs, 60_000) || !ok(jitterMs, 60_000) || !ok(seed, 2 ** 32)) return null;
  if (provider !== undefined && !isProvider(provider)) return null;
  return { latencyMs, jitterMs, seed, ...(provider !== undefined ? { provider } : {}) };
}

/** Reads a location hash. `none` when it is not a share link at all (empty or unrelated). */
export function decodeShare(hash: string): DecodeResult {
  if (!hash || hash === '#') return { kind: 'none' };
  // `#/…` is the app's own lesson route (lessonRoute.ts), never a share link.
  if (hash.startsWith('#/')) return { kind: 'none' };
  if (!/^#v\d+\//.test(hash)) {
    return hash.startsWith('#v') || hash.length > 40
      ? fail('This share link is not in a format this playground understands.')
      : { kind: 'none' };
  }
  if (!hash.startsWith(SHARE_PREFIX))
    return fail('This share link was made by a newer version of the playground.');
  if (hash.length > MAX_HASH_LENGTH) {
    return fail(
      `This share link is too long (${Math.round(hash.length / 1000)} k characters; the limit is ${MAX_HASH_LENGTH / 1000} k).`,
    );
  }
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(hash.slice(SHARE_PREFIX.length));
  } catch {
    json = null;
  }
  if (!json) return fail('This share link is damaged or incomplete (it may have been cut off when copied).');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return fail('This share link is damaged or incomplete (it may have been cut off when copied).');
  }
  const { l, c, s, g } = (data ?? {}) as Record<string, unknown>;
  if (typeof l !== 'string' || !/^\d\d-[a-z0-9-]+$/.test(l) || typeof c !== 'string') {
    return fail('This share link is damaged: it has no lesson or no code.');
  }
  if (c.length > MAX_CODE_LENGTH)
    return fail(`The code in this share link is too long (${c.length} characters).`);
  const settings = validSettings(s);
  if (!settings) return fail('This share link has invalid run settings.');
  if (g !== undefined && g !== 'csharp')
    return fail('This share link is in a language this playground does not know.');
  return {
    kind: 'ok',
    payload: { lesson: l, code: c, settings, ...(g === 'csharp' ? { language: 'csharp' as const } : {}) },
  };
}
