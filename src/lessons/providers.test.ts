/**
 * Lesson 2's starter under each provider, as its text says: the detector refuses the invoices
 * query on SQL Server (with or without MARS); on SQLite each query has finished before the next
 * is called, so it runs clean, one query after the other.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSnippet } from '../runner/execute.ts';
import { createNodeExecuteHost } from '../runner/node/nodeHost.ts';
import { DEFAULT_RUN_SETTINGS, type Provider } from '../runner/types.ts';
import { CONCURRENT_METHOD_INVOCATION } from '../sim/messages.ts';
import { loadLessonFromDisk } from './loadFromDisk.ts';
import { lessonRunSettings } from './settings.ts';

const LESSONS_DIR = fileURLToPath(new URL('../../lessons', import.meta.url));
const lesson = loadLessonFromDisk(fs, LESSONS_DIR, '02-parallel-dashboard');

async function runStarter(provider: Provider) {
  const settings = lessonRunSettings(lesson, DEFAULT_RUN_SETTINGS, { provider });
  return runSnippet(
    { code: lesson.starter, settings, lesson: lesson.id, trackerSnapshots: false },
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
