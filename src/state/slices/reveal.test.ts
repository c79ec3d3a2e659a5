import { describe, expect, it } from 'vitest';
import { useApp } from '../store.ts';
import { collisionRun, factoryRun } from '../fixtures/fixtureRuns.ts';
import { revealIndex } from '../playback.ts';

describe('revealing the result with the playhead', () => {
  it('reveals at the first failure, or at the end of a clean run', () => {
    const run = collisionRun();
    expect(run.trace[revealIndex(run)].type).toBe('collision');
    const clean = factoryRun();
    expect(revealIndex(clean)).toBe(clean.trace.length - 1);
  });

  it('holds the result back after Run until the playhead reaches it, then keeps it', () => {
    const run = collisionRun();
    useApp.getState().finishRun(run, 'code');
    expect(useApp.getState().playing).toBe(true);
    expect(useApp.getState().revealed).toBe(false);
    useApp.getState().seekEvent(revealIndex(run) - 1);
    expect(useApp.getState().revealed).toBe(false);
    useApp.getState().stepNext();
    expect(useApp.getState().revealed).toBe(true);
    useApp.getState().seekEvent(-1);
    expect(useApp.getState().revealed).toBe(true);
  });

  it('skips to the result: the end of the run, paused, revealed', () => {
    const run = collisionRun();
    useApp.getState().finishRun(run, 'code');
    useApp.getState().skipToResult();
    const s = useApp.getState();
    expect(s).toMatchObject({ revealed: true, playing: false });
    expect(s.pos.cursor).toBe(run.trace.length - 1);
  });

  it('shows a stopped run at once (a limit hit, or code that does not compile)', () => {
    const run = {
      ...factoryRun(),
      outcome: 'stopped' as const,
      stopReason: 'Stopped after 10000 console lines (the console cap).',
    };
    useApp.getState().finishRun(run, 'code');
    expect(useApp.getState().revealed).toBe(true);
  });
});
