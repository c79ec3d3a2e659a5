import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createNodeHost } from './node/nodeHost.ts';
import { DEFAULT_RUN_SETTINGS, type Run } from './types.ts';
import { runVerdict } from './verdict.ts';
import { isFailure } from './batch.ts';
import { evaluateGoals } from '../lessons/goals.ts';
import { loadLessonsFromDisk } from '../lessons/loadFromDisk.ts';
import * as fs from 'node:fs';

const host = createNodeHost();
const lessons = loadLessonsFromDisk(fs, 'lessons');
const file = (lesson: string, stem: string) => readFileSync(`lessons/${lesson}/${stem}.ts`, 'utf8');
const run = (lesson: string, stem: string): Promise<Run> =>
  host.run({ code: file(lesson, stem), settings: DEFAULT_RUN_SETTINGS, lesson });

describe('runVerdict: one verdict from the trace', () => {
  it('lesson 12: requests answered 500 is never "completed cleanly", and counts as a failure', async () => {
    const r = await run('12-singleton-context', 'starter');
    expect(r.outcome).toBe('ok'); // the snippet itself finished
    const v = runVerdict(r);
    expect(v.kind).toBe('requests-failed');
    expect(v.failed).toBe(true);
    expect(v.headline).toBe('2 of 3 requests answered 500.');
    expect(v.headline).not.toContain('cleanly');
    expect(isFailure(r)).toBe(true);
  });

  it('lesson 9: a collision nobody saw (a timed-out attempt) is an unobserved failure', async () => {
    const r = await run('09-overlapping-retries', 'starter');
    expect(r.outcome).toBe('ok');
    const v = runVerdict(r);
    expect(v.kind).toBe('unobserved');
    expect(v.failed).toBe(true);
    // As in .NET, the collision surfaces as an unobserved exception (Task.WhenAny observes nothing).
    expect(r.unobserved.map((e) => `${e.type}@${e.line}`)).toEqual(['InvalidOperationException@8']);
    expect(v.headline).toContain('1 exception nobody observed (InvalidOperationException at line 8)');
  });

  it('a collision the code caught and logged is still a failure, without claiming nobody saw it', async () => {
    const code = [
      'const pending = db.Orders.ToListAsync();',
      'try {',
      '  await db.Customers.ToListAsync();',
      '} catch (e) {',
      '  console.log(`caught: ${(e as Error).message}`);',
      '}',
      'await pending;',
    ].join('\n');
    const r = await host.run({ code, settings: DEFAULT_RUN_SETTINGS });
    expect(r.outcome).toBe('ok');
    expect(r.console.join('\n')).toContain('caught: A second operation was started on this context instance');
    const v = runVerdict(r);
    expect(v.kind).toBe('unobserved');
    expect(v.failed).toBe(true);
    expect(v.headline).toContain('refused ToListAsync (line 3) and the run carried on past it');
    expect(v.headline).not.toContain('nothing reported it');
  });

  it('threw, unobserved, handled and clean', async () => {
    expect(runVerdict(await run('02-parallel-dashboard', 'starter'))).toMatchObject({
      kind: 'threw',
      failed: true,
      label: 'threw InvalidOperationException',
    });
    expect(runVerdict(await run('05-fire-and-forget', 'starter'))).toMatchObject({
      kind: 'unobserved',
      failed: true,
    });
    // A DbUpdateConcurrencyException caught and retried: completed, but not "cleanly".
    const handled = runVerdict(await run('13-across-contexts', 'solution-concurrency-token'));
    expect(handled).toMatchObject({ kind: 'handled', failed: false });
    expect(handled.headline).not.toContain('cleanly');
    expect(runVerdict(await run('02-parallel-dashboard', 'solution-factory'))).toMatchObject({
      kind: 'clean',
      failed: false,
      headline: 'The run completed cleanly.',
    });
  });

  it('lesson 2: the broken starter ticks no "compare" goal, however fast it failed', async () => {
    const lesson = lessons.find((l) => l.id === '02-parallel-dashboard')!;
    const starter = evaluateGoals(lesson.goals, await run(lesson.id, 'starter'));
    expect(starter.filter((g) => g.optional && g.met)).toEqual([]);
    expect(starter.find((g) => g.id === 'fast')?.detail).toContain('this one failed');
    const fix = evaluateGoals(lesson.goals, await run(lesson.id, 'solution-sequential'));
    expect(fix.find((g) => g.id === 'one-connection')?.met).toBe(true);
  });
});
