/**
 * Lesson 2's starter under each provider, as its text says: the detector refuses the invoices
 * query on SQL Server (with or without MARS); on SQLite each query has finished before the next
 * is called, so it runs clean, one query after the other. And no starter finishes its lesson by
 * switching to SQLite: the goals it would tick there only count on SQL Server.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSnippet } from '../runner/execute.ts';
import { createNodeExecuteHost } from '../runner/node/nodeHost.ts';
import { DEFAULT_RUN_SETTINGS, type Provider } from '../runner/types.ts';
import { CONCURRENT_METHOD_INVOCATION } from '../sim/messages.ts';
import { evaluateGoals } from './goals.ts';
import { loadLessonFromDisk, loadLessonsFromDisk } from './loadFromDisk.ts';
import { lessonRunSettings, requiredGoalsMet } from './settings.ts';
import type { Lesson } from './types.ts';

const LESSONS_DIR = fileURLToPath(new URL('../../lessons', import.meta.url));
const lesson = loadLessonFromDisk(fs, LESSONS_DIR, '02-parallel-dashboard');

async function runStarter(provider: Provider, of: Lesson = lesson, latencyMs?: number) {
  const settings = lessonRunSettings(of, DEFAULT_RUN_SETTINGS, {
    provider,
    ...(latencyMs ? { latencyMs } : {}),
  });
  return runSnippet(
    { code: of.starter, settings, lesson: of.id, trackerSnapshots: false },
    await createNodeExecuteHost(),
  );
}

describe("lesson 02's starter under each provider", () => {
  it.each(['sqlserver', 'sqlserver-mars'] as const)(
    '%s: the invoices query is refused at line 6',
    async (provider) => {
      const run = await runStarter(provider);
      expect(run.settings.provider).toBe(provider);
      expect(run.exception).toMatchObject({
        type: 'InvalidOperationException',
        message: CONCURRENT_METHOD_INVOCATION,
        line: 6,
      });
      expect(run.durationMs).toBe(30);
    },
  );

  it('sqlite: no exception; the three queries run one after the other', async () => {
    const run = await runStarter('sqlite');
    expect(run.outcome).toBe('ok');
    expect(run.exception).toBeNull();
    expect(run.operations.map((o) => [o.start, o.end])).toEqual([
      [0, 30],
      [30, 60],
      [60, 90],
    ]);
    expect(run.console).toEqual(['4 orders, 2 invoices, 1 open tickets']);
  });

  it('the lesson text says so', () => {
    expect(lesson.markdown).toMatch(/SQL Server with MARS\*\*: the same collision at line 6/);
    expect(lesson.markdown).toMatch(/\*\*SQLite\*\*: no exception/);
  });
});

const LESSONS = loadLessonsFromDisk(fs, LESSONS_DIR);
const byNumber = (n: string) => LESSONS.find((l) => l.id.startsWith(`${n}-`))!;

describe('switching to SQLite finishes no starter', () => {
  // Async commands complete synchronously on SQLite, so these starters' calls never overlap
  // there: without `requires: { provider }` their no-exception (no-collision, one-at-a-time)
  // goals were ticked by a provider switch alone.
  it.each(['01', '02', '03', '04', '06', '07', '08', '09', '12', '15'])(
    'lesson %s: the starter runs clean on SQLite, yet its goals about it count only on SQL Server',
    async (n) => {
      const l = byNumber(n);
      const run = await runStarter('sqlite', l);
      expect(run.exception).toBeNull();
      const guarded = l.goals.filter(
        (g) => g.noException || g.noCollision || g.maxOverlapOnOneContext !== undefined,
      );
      expect(guarded.length).toBeGreaterThan(0);
      // Lesson 8's `portable` goal names SQL Server alone; none may count on SQLite.
      for (const g of guarded) {
        const providers = [g.requires?.provider ?? []].flat();
        expect(providers, `${l.id}/${g.id} names its providers`).not.toEqual([]);
        expect(providers, `${l.id}/${g.id}`).not.toContain('sqlite');
      }
      const results = evaluateGoals(l.goals, run);
      for (const g of guarded) expect(results.find((r) => r.id === g.id)?.met, `${l.id}/${g.id}`).toBe(false);
    },
  );

  // Every lesson, at its own latency and at production latency (lesson 7's under-load goal).
  it.each(LESSONS.map((l) => l.id))(
    '%s: a starter that does not finish on SQL Server does not on SQLite',
    async (id) => {
      const l = LESSONS.find((x) => x.id === id)!;
      for (const latencyMs of [undefined, 30]) {
        const onSqlServer = requiredGoalsMet(
          evaluateGoals(l.goals, await runStarter('sqlserver', l, latencyMs)),
        );
        const onSqlite = requiredGoalsMet(evaluateGoals(l.goals, await runStarter('sqlite', l, latencyMs)));
        if (!onSqlServer) expect(onSqlite, `latency ${latencyMs ?? 'lesson'}`).toBe(false);
      }
    },
  );
});
