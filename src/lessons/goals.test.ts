import { describe, expect, it } from 'vitest';
import { evaluateGoals, updatesOf, type Goal } from './goals.ts';
import { ev, exceptionInfo, makeRun, op, sql } from './testSupport/handMadeRuns.ts';

const g = (id: string, m: Omit<Goal, 'id' | 'text'>): Goal => ({ id, text: id, ...m });
const met = (goal: Goal, run = makeRun()) => evaluateGoals([goal], run)[0];

const ioe = exceptionInfo(
  'InvalidOperationException',
  9,
  'A second operation was started on this context instance before a previous operation completed.',
);

// The dashboard, three ways: shared context (collision), sequential, and a context per query.
const sharedRun = makeRun({
  outcome: 'threw',
  exception: ioe,
  operations: [
    op({ id: 1, context: 1, start: 0, end: 30, line: 8 }),
    op({ id: 2, context: 1, start: 0, end: 0, line: 9, status: 'threw', connection: null, collidedWith: 1 }),
  ],
  trace: [
    ev({ type: 'collision', context: 1, op: 2, holder: 1, holderLine: 8, message: ioe.message, line: 9 }),
  ],
});
const sequentialRun = makeRun({
  operations: [
    op({ id: 1, context: 1, start: 0, end: 30 }),
    op({ id: 2, context: 1, start: 30, end: 60 }),
    op({ id: 3, context: 1, start: 60, end: 90 }),
  ],
  sql: [sql('SELECT 1'), sql('SELECT 2'), sql('SELECT 3')],
});
const factoryRun = makeRun({
  operations: [
    op({ id: 1, context: 2, start: 0, end: 30 }),
    op({ id: 2, context: 3, start: 0, end: 30 }),
    op({ id: 3, context: 4, start: 0, end: 30 }),
  ],
  sql: [
    sql('SELECT 1', { connection: 2 }),
    sql('SELECT 2', { connection: 3 }),
    sql('SELECT 3', { connection: 4 }),
  ],
});

describe('evaluateGoals: exceptions', () => {
  it('noException sees escaped, unobserved and caught failures', () => {
    expect(met(g('a', { noException: true }), sequentialRun).met).toBe(true);
    const r = met(g('a', { noException: true }), sharedRun);
    expect(r.met).toBe(false);
    expect(r.detail).toContain('InvalidOperationException at line 9');
    const unobserved = makeRun({ unobserved: [exceptionInfo('ObjectDisposedException', 12)] });
    expect(met(g('a', { noException: true }), unobserved).met).toBe(false);
    const caught = makeRun({
      trace: [
        ev({
          type: 'op-end',
          op: 1,
          context: 1,
          status: 'threw',
          exception: exceptionInfo('DbUpdateConcurrencyException', 20),
          summary: '',
        }),
      ],
    });
    expect(met(g('a', { noException: true }), caught).met).toBe(false);
  });

  it('exception matches type, line and message', () => {
    expect(met(g('e', { exception: { type: 'InvalidOperationException', line: 9 } }), sharedRun).met).toBe(
      true,
    );
    expect(met(g('e', { exception: { type: 'System.InvalidOperationException' } }), sharedRun).met).toBe(
      true,
    );
    expect(met(g('e', { exception: { type: 'InvalidOperationException', line: 8 } }), sharedRun).met).toBe(
      false,
    );
    expect(
      met(
        g('e', { exception: { type: 'InvalidOperationException', messageIncludes: 'second operation' } }),
        sharedRun,
      ).met,
    ).toBe(true);
    expect(met(g('e', { exception: { type: 'ObjectDisposedException' } }), sharedRun).met).toBe(false);
    expect(met(g('e', { exception: { type: 'InvalidOperationException' } }), sequentialRun).detail).toContain(
      'No exception escaped',
    );
  });

  it('raises finds caught exceptions; unobserved only unobserved ones', () => {
    const run = makeRun({
      unobserved: [exceptionInfo('ObjectDisposedException', 14)],
      trace: [
        ev({
          type: 'op-end',
          op: 3,
          context: 1,
          status: 'threw',
          exception: exceptionInfo('DbUpdateConcurrencyException', 20),
          summary: '',
        }),
      ],
    });
    expect(met(g('r', { raises: { type: 'DbUpdateConcurrencyException', line: 20 } }), run).met).toBe(true);
    expect(met(g('r', { raises: { type: 'ObjectDisposedException' } }), run).met).toBe(true);
    expect(met(g('u', { unobserved: { type: 'ObjectDisposedException', line: 14 } }), run).met).toBe(true);
    expect(met(g('u', { unobserved: { type: 'DbUpdateConcurrencyException' } }), run).met).toBe(false);
    expect(met(g('n', { noUnobserved: true }), run).met).toBe(false);
    expect(met(g('n', { noUnobserved: true }), sequentialRun).met).toBe(true);
  });

  it('outcome', () => {
    expect(met(g('o', { outcome: 'threw' }), sharedRun).met).toBe(true);
    expect(met(g('o', { outcome: 'ok' }), sharedRun).met).toBe(false);
  });
});

describe('evaluateGoals: detector and identity map', () => {
  it('collision and noCollision, from trace events or operations', () => {
    expect(met(g('c', { collision: true }), sharedRun).met).toBe(true);
    expect(met(g('c', { collision: { line: 9 } }), sharedRun).met).toBe(true);
    expect(met(g('c', { collision: { line: 10 } }), sharedRun).met).toBe(false);
    expect(met(g('c', { noCollision: true }), sharedRun).met).toBe(false);
    expect(met(g('c', { noCollision: true }), sequentialRun).met).toBe(true);
    const opsOnly = makeRun({ operations: sharedRun.operations });
    expect(met(g('c', { collision: { line: 9 } }), opsOnly).met).toBe(true);
  });

  it('identityConflict', () => {
    const run = makeRun({
      trace: [
        ev({
          type: 'identity-conflict',
          context: 1,
          op: 4,
          entity: 'Customer',
          key: '{Id: 7}',
          trackedLine: 5,
          message: '…',
          line: 11,
        }),
      ],
    });
    expect(met(g('i', { identityConflict: true }), run).met).toBe(true);
    expect(met(g('i', { identityConflict: { entity: 'Customer', line: 11 } }), run).met).toBe(true);
    expect(met(g('i', { identityConflict: { entity: 'Order' } }), run).met).toBe(false);
    expect(met(g('i', { noIdentityConflict: true }), run).met).toBe(false);
    expect(met(g('i', { noIdentityConflict: true }), sequentialRun).met).toBe(true);
  });
});

describe('evaluateGoals: timeline', () => {
  it('minOverlap on distinct contexts tells the factory from the sequential fix', () => {
    const goal = g('p', { minOverlap: { count: 3, distinctContexts: true } });
    expect(met(goal, factoryRun).met).toBe(true);
    expect(met(goal, sequentialRun).met).toBe(false);
    expect(met(goal, sequentialRun).detail).toBe('At most 1 distinct contexts were busy at the same time');
    // A refused operation is not "in flight": the shared run never had two working at once.
    expect(met(g('p', { minOverlap: { count: 2 } }), sharedRun).met).toBe(false);
    expect(met(g('p', { maxOverlap: { count: 1 } }), sequentialRun).met).toBe(true);
  });

  it('overlap ignores operations that never reached the database and touching intervals', () => {
    const run = makeRun({
      operations: [
        op({ id: 1, context: 1, start: 0, end: 30 }),
        op({ id: 2, context: 2, start: 30, end: 60 }),
        op({ id: 3, context: 3, start: 10, end: 10, kind: 'tracking', connection: null }),
        op({ id: 4, context: 3, start: 10, end: 10, kind: 'find', connection: null }),
      ],
    });
    expect(met(g('p', { minOverlap: { count: 2 } }), run).met).toBe(false);
  });

  it('maxOverlapOnOneContext counts a refused operation at its instant', () => {
    expect(met(g('o', { maxOverlapOnOneContext: 1 }), sharedRun).met).toBe(false);
    expect(met(g('o', { maxOverlapOnOneContext: 1 }), sequentialRun).met).toBe(true);
    expect(met(g('o', { maxOverlapOnOneContext: 1 }), factoryRun).met).toBe(true);
    const detectorOff = makeRun({
      operations: [
        op({ id: 1, context: 1, start: 0, end: 30 }),
        op({ id: 2, context: 1, start: 5, end: 35 }),
      ],
    });
    expect(met(g('o', { maxOverlapOnOneContext: 1 }), detectorOff).detail).toBe(
      'At most 2 operation(s) in flight on one context',
    );
  });

  it('duration, contexts, connections, operations', () => {
    expect(met(g('d', { maxDurationMs: 60 }), factoryRun).met).toBe(true);
    expect(met(g('d', { maxDurationMs: 60 }), sequentialRun).met).toBe(false);
    expect(met(g('d', { minDurationMs: 90 }), sequentialRun).met).toBe(true);
    expect(met(g('c', { maxContexts: 1 }), sequentialRun).met).toBe(true);
    expect(met(g('c', { maxContexts: 1 }), factoryRun).met).toBe(false);
    expect(met(g('c', { minContexts: 3 }), factoryRun).met).toBe(true);
    expect(met(g('n', { maxConnections: 1 }), sequentialRun).met).toBe(true);
    expect(met(g('n', { minConnections: 3 }), factoryRun).met).toBe(true);
    expect(met(g('n', { maxConnections: 1 }), factoryRun).detail).toBe('3 connection(s) ran commands');
    expect(met(g('m', { minOperations: 3 }), sequentialRun).met).toBe(true);
    expect(met(g('m', { minOperations: { count: 1, kind: 'save' } }), sequentialRun).met).toBe(false);
    expect(met(g('m', { minOperations: 1 }), makeRun()).met).toBe(false);
  });

  it('requires: a goal only counts under the stated settings', () => {
    const goal = g('load', { noException: true, requires: { minLatencyMs: 30 } });
    expect(met(goal, sequentialRun).met).toBe(true);
    const local = {
      ...sequentialRun,
      settings: { latencyMs: 2, jitterMs: 0, seed: 1, provider: 'sqlserver' as const },
    };
    const r = met(goal, local);
    expect(r.met).toBe(false);
    expect(r.detail).toContain('latency ≥ 30 ms');
    expect(met(g('j', { noException: true, requires: { minJitterMs: 5 } }), sequentialRun).met).toBe(false);
  });
});

describe('evaluateGoals: SQL and console', () => {
  const setValuesSql = 'UPDATE "Customers" SET "Name" = @p0\nWHERE "Id" = @p1\nRETURNING 1;';
  const updateAllSql = 'UPDATE "Customers" SET "Email" = @p0, "Name" = @p1\nWHERE "Id" = @p2\nRETURNING 1;';

  it('parses the columns of EF Core UPDATE statements', () => {
    expect(
      updatesOf(
        [sql(setValuesSql), sql(updateAllSql), sql('SELECT "c"."Id" FROM "Customers" AS "c"')],
        'Customers',
      ),
    ).toEqual([['Name'], ['Email', 'Name']]);
    expect(
      updatesOf(
        [
          sql(
            'UPDATE "Orders" SET "Total" = @p0, "Version" = @p1\nWHERE "Id" = @p2 AND "Version" = @p3\nRETURNING 1;',
          ),
        ],
        'Orders',
      ),
    ).toEqual([['Total', 'Version']]);
  });

  it('updateColumns wants every UPDATE of the table to set exactly those columns', () => {
    const nameOnly = g('u', { updateColumns: { table: 'Customers', columns: ['Name'] } });
    expect(met(nameOnly, makeRun({ sql: [sql(setValuesSql)] })).met).toBe(true);
    const all = met(nameOnly, makeRun({ sql: [sql(updateAllSql)] }));
    expect(all.met).toBe(false);
    expect(all.detail).toBe('UPDATE "Customers" set (Email, Name)');
    expect(
      met(
        g('u', { updateColumns: { table: 'Customers', columns: ['Name', 'Email'] } }),
        makeRun({ sql: [sql(updateAllSql)] }),
      ).met,
    ).toBe(true);
    expect(met(nameOnly, sequentialRun).detail).toBe('No UPDATE of "Customers" ran');
  });

  it('sqlIncludes looks at text and parameters; sqlCount counts', () => {
    const run = makeRun({
      sql: [
        sql('SELECT x WHERE "c"."Id" = @id', { parameters: "@id='7'" }),
        sql('UPDATE "Orders" SET "Total" = @p0'),
      ],
    });
    expect(met(g('s', { sqlIncludes: "@id='7'" }), run).met).toBe(true);
    expect(met(g('s', { sqlIncludes: "@id='?'" }), run).met).toBe(false);
    expect(met(g('s', { sqlExcludes: 'DELETE' }), run).met).toBe(true);
    expect(met(g('s', { sqlCount: { includes: 'UPDATE "Orders"', min: 2 } }), run).met).toBe(false);
    expect(met(g('s', { sqlCount: { includes: 'UPDATE "Orders"', min: 1, max: 1 } }), run).met).toBe(true);
  });

  it('consoleIncludes / consoleExcludes', () => {
    const run = makeRun({ console: ['Exported 5 tickets', 'done'] });
    expect(met(g('c', { consoleIncludes: 'Exported 5' }), run).met).toBe(true);
    expect(met(g('c', { consoleExcludes: 'Lost update' }), run).met).toBe(true);
    expect(met(g('c', { consoleIncludes: 'nope' }), run).met).toBe(false);
  });

  it('reports optional goals as optional', () => {
    const [r] = evaluateGoals(
      [{ id: 'fast', text: 'Fast', optional: true, maxDurationMs: 1 }],
      sequentialRun,
    );
    expect(r).toMatchObject({ id: 'fast', text: 'Fast', met: false, optional: true });
  });
});

describe('a stopped run', () => {
  it('meets no goal, not even noException', () => {
    const stopped = makeRun({ outcome: 'stopped', stopReason: 'Stopped: an infinite loop?' });
    const [r] = evaluateGoals([g('clean', { noException: true })], stopped);
    expect(r.met).toBe(false);
    expect(r.detail).toContain('infinite loop');
    expect(evaluateGoals([g('clean', { noException: true })], makeRun())[0].met).toBe(true);
  });
});
