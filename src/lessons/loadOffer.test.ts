/**
 * The race lab's "Under load" runs the code as K concurrent requests, each with its own scope and
 * `db`. It is offered only where it teaches something: a lesson flagged `load: true` must have a
 * starter whose failure rate really moves between K = 1 and K = 16 (on the simulator, with the
 * race lab's jittered settings). The playground is the free-play exception: there the learner
 * writes the code, and the panel's claims are checked on the two shapes it names.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runSnippet, type ExecuteHost } from '../runner/execute.ts';
import { createNodeExecuteHost } from '../runner/node/nodeHost.ts';
import { modelForLesson } from '../runner/lessonModel.ts';
import { DEFAULT_RUN_SETTINGS } from '../runner/types.ts';
import { LOAD_SEEDS, loadPointOf, withJitter } from '../state/slices/raceLab.ts';
import { loadLessonsFromDisk } from './loadFromDisk.ts';
import { lessonRunSettings } from './settings.ts';
import type { Lesson } from './types.ts';

const lessons = loadLessonsFromDisk(fs, fileURLToPath(new URL('../../lessons', import.meta.url)));
const byId = new Map(lessons.map((l) => [l.id, l]));
/** A change in failure rate smaller than this (in points of 100%) is noise, not a lesson. */
const MOVES = 0.25;

let hostPromise: Promise<ExecuteHost & { dispose?: () => void }> | null = null;
function host() {
  hostPromise ??= createNodeExecuteHost().then((h) => ({
    ...h,
    resolveModel: (id: string) => modelForLesson(byId.get(id)),
  }));
  return hostPromise;
}
afterAll(async () => (await hostPromise)?.dispose?.());

/** The failure rate of `code` as K requests, over the seeds a load sweep uses. */
async function failureRate(lesson: Lesson, code: string, k: number): Promise<number> {
  const runs = [];
  for (let seed = 1; seed <= LOAD_SEEDS; seed++) {
    const settings = { ...withJitter(lessonRunSettings(lesson, DEFAULT_RUN_SETTINGS, {})), seed };
    runs.push(
      await runSnippet(
        { code, settings, lesson: lesson.id, trackerSnapshots: false, concurrentRequests: k },
        await host(),
      ),
    );
  }
  const p = loadPointOf(k, runs);
  return p.failed / p.requests;
}

const SINGLETON = `app.Services.AddDbContext(AppDb, ServiceLifetime.Singleton);
const customer = await db.Customers.FirstAsync(c => c.Id == 7);
const orders = await db.Orders.Where(o => o.CustomerId == customer.Id).ToListAsync();
console.log(\`\${customer.Name}: \${orders.length} orders\`);
`;
const SCOPED = SINGLETON.split('\n').slice(1).join('\n');

describe('"Under load" is offered only where the failure rate changes with K', () => {
  const flagged = lessons.filter((l) => l.load && !l.id.endsWith('-playground'));
  it.each(flagged.map((l) => [l.id, l] as const))(
    '%s: its starter fails at another rate under load',
    async (_, lesson) => {
      const [one, many] = [
        await failureRate(lesson, lesson.starter, 1),
        await failureRate(lesson, lesson.starter, 16),
      ];
      expect(Math.abs(many - one), `K=1 ${one}, K=16 ${many}`).toBeGreaterThanOrEqual(MOVES);
    },
  );

  it('is not offered where the curve is flat: the singleton lesson handles its own requests (67% at K = 1 and 16)', async () => {
    const lesson = byId.get('12-singleton-context')!;
    const [one, many] = [
      await failureRate(lesson, lesson.starter, 1),
      await failureRate(lesson, lesson.starter, 16),
    ];
    expect(Math.abs(many - one)).toBeLessThan(MOVES);
    expect(lesson.load ?? false).toBe(false);
  });

  it('the playground offers it, and the panel says true things: a singleton climbs from K = 1, a scoped context stays flat', async () => {
    const playground = byId.get('14-playground')!;
    expect(playground.load).toBe(true);
    expect(await failureRate(playground, SINGLETON, 1)).toBe(0);
    expect(await failureRate(playground, SINGLETON, 16)).toBeGreaterThanOrEqual(MOVES);
    expect(await failureRate(playground, SCOPED, 1)).toBe(0);
    expect(await failureRate(playground, SCOPED, 16)).toBe(0);
  });
});
