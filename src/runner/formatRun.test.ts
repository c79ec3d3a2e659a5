import { describe, expect, it } from 'vitest';
import { formatRunText, toCliJson } from './formatRun.ts';
import { stoppedRun } from './stoppedRun.ts';
import type { Run } from './types.ts';

/** A hand-made Run: a collision on context 1 at line 6 while line 5's query held it. */
const fixture: Run = {
  ...stoppedRun({ latencyMs: 30, jitterMs: 0, seed: 1 }, ''),
  outcome: 'threw',
  stopReason: null,
  exception: {
    type: 'InvalidOperationException',
    message: 'A second operation…',
    line: 6,
    stack:
      'System.InvalidOperationException: A second operation…\n   at Snippet.<Main>() in snippet.ts:line 6',
    operation: 2,
  },
  contexts: [{ id: 1, origin: 'injected', createdAt: 0, disposedAt: 30, line: null }],
  operations: [
    {
      id: 1,
      context: 1,
      name: 'ToListAsync',
      kind: 'query',
      line: 5,
      flow: 1,
      start: 0,
      end: 30,
      status: 'ok',
      unobserved: false,
      connection: 1,
      collidedWith: null,
    },
    {
      id: 2,
      context: 1,
      name: 'CountAsync',
      kind: 'query',
      line: 6,
      flow: 1,
      start: 0,
      end: 0,
      status: 'threw',
      unobserved: false,
      connection: null,
      collidedWith: 1,
    },
  ],
  sql: [
    {
      at: 0,
      context: 1,
      connection: 1,
      op: 1,
      text: 'SELECT 1',
      parameters: '',
      log: 'Executed DbCommand (30ms)\nSELECT 1',
      durationMs: 30,
      rows: 1,
    },
  ],
  console: ['hello'],
  durationMs: 30,
  trace: [
    {
      seq: 0,
      t: 0,
      line: null,
      flow: 1,
      type: 'context-created',
      context: 1,
      origin: 'injected',
      scope: 0,
      request: null,
    },
    {
      seq: 1,
      t: 0,
      line: 5,
      flow: 1,
      type: 'op-start',
      op: 1,
      context: 1,
      name: 'ToListAsync',
      kind: 'query',
      entity: 'Order',
      sync: false,
    },
    {
      seq: 2,
      t: 0,
      line: 6,
      flow: 1,
      type: 'op-start',
      op: 2,
      context: 1,
      name: 'CountAsync',
      kind: 'query',
      entity: 'Order',
      sync: false,
    },
    {
      seq: 3,
      t: 0,
      line: 6,
      flow: 1,
      type: 'collision',
      context: 1,
      op: 2,
      holder: 1,
      holderLine: 5,
      message: 'A second operation…',
    },
    {
      seq: 4,
      t: 30,
      line: 5,
      flow: 1,
      type: 'op-end',
      op: 1,
      context: 1,
      status: 'ok',
      exception: null,
      summary: '4 rows',
    },
  ],
};

describe('toCliJson', () => {
  it('keeps only the DESIGN §4 keys, plus the final entry states conformance compares and the provider', () => {
    const json = toCliJson(fixture);
    expect(Object.keys(json)).toEqual([
      'outcome',
      'exception',
      'unobserved',
      'contexts',
      'operations',
      'sql',
      'console',
      'entries',
      'durationMs',
      'provider',
      'stopReason',
      'stoppedBy',
      'verdict',
    ]);
    expect(json.exception).toEqual({
      type: 'InvalidOperationException',
      message: 'A second operation…',
      line: 6,
      operation: expect.toSatisfy((v: unknown) => v === null || typeof v === 'string'),
    });
    expect(json.operations[1]).toEqual({
      id: 2,
      context: 1,
      name: 'CountAsync',
      line: 6,
      start: 0,
      end: 0,
      status: 'threw',
    });
    expect(json.contexts).toEqual([{ id: 1, createdAt: 0, disposedAt: 30 }]);
    expect(json.sql).toEqual([{ at: 0, context: 1, parameters: '', text: 'SELECT 1', failed: false }]);
  });
});

describe('formatRunText', () => {
  it('prints one line per event with the collision, then SQL, console and the stack', () => {
    const text = formatRunText(fixture);
    expect(text).toContain(
      't=    0ms  ctx#1  COLLISION: CountAsync  line 6 while ToListAsync (line 5) held the context',
    );
    expect(text).toContain('t=   30ms  ctx#1  ToListAsync  line 5  ok');
    expect(text.indexOf('SQL')).toBeLessThan(text.indexOf('Console'));
    expect(text).toContain('at Snippet.<Main>() in snippet.ts:line 6');
    expect(text).not.toContain('\x1b[');
  });

  it('highlights collisions in color when asked', () => {
    expect(formatRunText(fixture, { color: true })).toContain('\x1b[31;1mt=    0ms  ctx#1  COLLISION');
  });
});
