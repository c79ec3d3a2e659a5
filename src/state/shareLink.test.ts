import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_HASH_LENGTH } from './shareLink.ts';

const payload = { lesson: '02-parallel-dashboard', code: 'const x = await db.Orders.ToListAsync();\n', settings: { latencyMs: 30, jitterMs: 5, seed: 42 } };

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
    expect(decodeShare('#v2/abc')).toMatchObject({ kind: 'error', message: expect.stringContaining('newer') });
    expect(decodeShare('#v1/' + 'A'.repeat(MAX_HASH_LENGTH))).toMatchObject({ kind: 'error', message: expect.stringContaining('too long') });
  });

  it('rejects a payload without a lesson id or with bad settings', () => {
    expect(decodeShare(encodeShare({ ...payload, lesson: '../etc' })).kind).toBe('error');
    expect(decodeShare(encodeShare({ ...payload, settings: { latencyMs: -1, jitterMs: 0, seed: 1 } })).kind).toBe('error');
  });
});
