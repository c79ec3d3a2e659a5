import { describe, expect, it } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { decodeShare, encodeShare, MAX_HASH_LENGTH } from './shareLink.ts';

const payload = {
  lesson: '02-parallel-dashboard',
  code: 'const x = await db.Orders.ToListAsync();\n',
  settings: { latencyMs: 30, jitterMs: 5, seed: 42 },
};

describe('share links', () => {
  it('round-trips lesson, code and settings behind a versioned prefix', () => {
    const hash = encodeShare(payload);
    expect(hash.startsWith('#v1/')).toBe(true);
    expect(decodeShare(hash)).toEqual({ kind: 'ok', payload });
  });

  it('ignores hashes that are not share links', () => {
    expect(decodeShare('')).toEqual({ kind: 'none' });
    expect(decodeShare('#top')).toEqual({ kind: 'none' });
  });

  it('reports truncated, malformed, future and oversized links', () => {
    const hash = encodeShare(payload);
    expect(decodeShare(hash.slice(0, hash.length - 12)).kind).toBe('error');
    expect(decodeShare('#v1/%%%not-lz')).toMatchObject({ kind: 'error' });
    expect(decodeShare('#v1/')).toMatchObject({ kind: 'error' });
    expect(decodeShare('#v2/abc')).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('newer'),
    });
    expect(decodeShare('#v1/' + 'A'.repeat(MAX_HASH_LENGTH))).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('too long'),
    });
  });

  it('carries the provider; a link from before providers loads on the default', () => {
    const sqlite = { ...payload, settings: { ...payload.settings, provider: 'sqlite' as const } };
    expect(decodeShare(encodeShare(sqlite))).toEqual({ kind: 'ok', payload: sqlite });
    // Written as an old version wrote it: no `provider` key at all.
    const link = (s: object) =>
      '#v1/' + compressToEncodedURIComponent(JSON.stringify({ l: payload.lesson, c: payload.code, s }));
    const decoded = decodeShare(link({ latencyMs: 30, jitterMs: 5, seed: 42 }));
    expect(decoded).toEqual({ kind: 'ok', payload });
    expect(decoded.kind === 'ok' && 'provider' in decoded.payload.settings).toBe(false);
    expect(decodeShare(link({ latencyMs: 30, jitterMs: 5, seed: 42, provider: 'oracle' }))).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('invalid run settings'),
    });
  });

  it('carries C#; a link without a language (every link before C#) is TypeScript', () => {
    const cs = { ...payload, code: 'var x = await db.Orders.ToListAsync();\n', language: 'csharp' as const };
    expect(decodeShare(encodeShare(cs))).toEqual({ kind: 'ok', payload: cs });
    // A TypeScript link is the same bytes as before C# existed.
    expect(encodeShare({ ...payload, language: 'typescript' })).toBe(encodeShare(payload));
    const decoded = decodeShare(encodeShare(payload));
    expect(decoded.kind === 'ok' && decoded.payload.language).toBe(undefined);
    const link = (g: unknown) =>
      '#v1/' +
      compressToEncodedURIComponent(
        JSON.stringify({ l: payload.lesson, c: payload.code, s: payload.settings, g }),
      );
    expect(decodeShare(link('fsharp'))).toMatchObject({
      kind: 'error',
      message: expect.stringContaining('language'),
    });
  });

  it('rejects a payload without a lesson id or with bad settings', () => {
    expect(decodeShare(encodeShare({ ...payload, lesson: '../etc' })).kind).toBe('error');
    expect(
      decodeShare(encodeShare({ ...payload, settings: { latencyMs: -1, jitterMs: 0, seed: 1 } })).kind,
    ).toBe('error');
  });
});
