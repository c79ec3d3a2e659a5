import { afterAll, describe, expect, it } from 'vitest';
import { createNodeHost } from '../../runner/node/nodeHost.ts';
import { useApp } from '../store.ts';
import { findLesson } from '../lessons.ts';
import { configureRunHost, runCurrent } from '../runController.ts';
import {
  cancelRaceLab,
  codeLabel,
  pinLatestRun,
  replay,
  runBatchCurrent,
  runLoadSweep,
} from '../raceLabController.ts';
import { collisionRun, factoryRun } from '../fixtures/fixtureRuns.ts';
import { failedSeedOf, loadPointOf, raceLabBusy, withJitter } from './raceLab.ts';

const LESSON_07 = '07-works-on-my-machine';

describe('race lab helpers', () => {
  it('turns jitter on for batches, keeping a jitter the learner chose', () => {
    expect(withJitter({ latencyMs: 30, jitterMs: 0, seed: 4 })).toEqual({
      latencyMs: 30,
      jitterMs: 15,
      seed: 4,
    });
    expect(withJitter({ latencyMs: 1, jitterMs: 0, seed: 1 }).jitterMs).toBe(1);
    expect(withJitter({ latencyMs: 6, jitterMs: 5, seed: 1 })).toEqual({
      latencyMs: 6,
      jitterMs: 5,
      seed: 1,
    });
  });

  it('reads the failing seed from consecutive progress reports', () => {
    expect(failedSeedOf(0, { done: 1, total: 10, failures: 1 }, 1)).toBe(1);
    expect(failedSeedOf(1, { done: 2, total: 10, failures: 1 }, 1)).toBeNull();
    expect(failedSeedOf(1, { done: 5, total: 10, failures: 2 }, 11)).toBe(15);
  });

  it('counts requests that answered 500, and a plain run as one request', () => {
    const ok = { ...factoryRun(), requests: [] };
    const threw = { ...collisionRun(), requests: [] };
    expect(loadPointOf(1, [ok, threw])).toEqual({ k: 1, runs: 2, requests: 2, failed: 1 });
    const req = (id: number, status: number) => ({
      id,
      status,
      start: 0,
      end: 30,
      flow: id + 1,
      exception: null,
    });
    const loaded = { ...threw, requests: [req(1, 200), req(2, 500), req(3, 500), req(4, 500)] };
    expect(loadPointOf(4, [loaded])).toEqual({ k: 4, runs: 1, requests: 4, failed: 3 });
    const stopped = { ...ok, outcome: 'stopped' as const, requests: [req(1, 200)] };
    expect(loadPointOf(4, [stopped])).toEqual({ k: 4, runs: 1, requests: 4, failed: 4 });
  });

  it('labels code as the starter, a solution or the learner’s', () => {
    const lesson = findLesson(LESSON_07)!;
    expect(codeLabel(lesson, lesson.starter)).toBe('starter');
    expect(codeLabel(lesson, lesson.solutions[0].code)).toBe(lesson.solutions[0].title);
    expect(codeLabel(lesson, '// mine')).toBe('your code');
  });
});

describe('race lab on the Node host', () => {
  const host = createNodeHost();
  configureRunHost(() => host);
  afterAll(() => host.dispose());

  it('runs a batch with jitter, records the failing seeds live, and replays one of them', async () => {
    useApp.getState().selectLesson(LESSON_07);
    useApp.getState().setSettings({ latencyMs: 6, jitterMs: 5, seed: 1 });
    const seen: number[] = [];
    const unsub = useApp.subscribe((s) => s.batch && seen.push(s.batch.done));
    await runBatchCurrent(40);
    unsub();
    const batch = useApp.getState().batch!;
    expect(batch.status).toBe('done');
    expect(batch.summary!.runs).toBe(40);
    expect(batch.failures).toBeGreaterThan(0);
    expect(batch.failures).toBeLessThan(40);
    expect(batch.failingSeeds).toEqual(batch.summary!.failingSeeds);
    expect(batch.settings).toEqual({ latencyMs: 6, jitterMs: 5, seed: 1, provider: 'sqlserver' });
    expect(seen.length).toBeGreaterThan(0);
    const seed = batch.failingSeeds[0];
    await replay({ ...batch.settings, seed });
    const run = useApp.getState().run!;
    expect(run.settings.seed).toBe(seed);
    expect(run.outcome).toBe('threw');
    expect(run.exception?.line).toBe(7);
  });

  it('cancels a batch', async () => {
    const pending = runBatchCurrent(1000);
    await new Promise((r) => setTimeout(r, 30));
    expect(raceLabBusy(useApp.getState())).toBe(true);
    cancelRaceLab();
    await pending;
    expect(useApp.getState().batch!.status).toBe('cancelled');
    expect(useApp.getState().batch!.done).toBeLessThan(1000);
  });

  it('sweeps load: a singleton context fails more requests as K grows', async () => {
    useApp
      .getState()
      .setCode(
        'app.Services.AddDbContext(AppDb, ServiceLifetime.Singleton);\nconst c = await db.Customers.FirstAsync(c => c.Id == 7);\nconsole.log(c.Name);\n',
      );
    await runLoadSweep([1, 2, 4]);
    const load = useApp.getState().load!;
    expect(load.status).toBe('done');
    expect(load.points.map((p) => [p.k, p.failed / p.requests])).toEqual([
      [1, 0],
      [2, 0.5],
      [4, 0.75],
    ]);
  });

  it('pins a run to compare with the next', async () => {
    const lesson = findLesson(LESSON_07)!;
    useApp.getState().setCode(lesson.starter);
    useApp.getState().setSettings({ latencyMs: 30, jitterMs: 0, seed: 1 });
    await runCurrent();
    pinLatestRun();
    expect(useApp.getState().pinned?.label).toBe('starter');
    expect(useApp.getState().pinned?.run.outcome).toBe('threw');
  });
});
