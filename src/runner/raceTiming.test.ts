// The race lab's claims, pinned: the failure rate follows the race's timing, and a failing seed
// replays to the identical run.
import { afterAll, describe, expect, it } from 'vitest';
import { seedRange } from './batch.ts';
import { createNodeHost } from './node/nodeHost.ts';

// The first query holds the context for one round-trip; the second starts 10 ms later.
const HEAD_START = `
const first = db.Orders.ToListAsync();
await Task.Delay(10);
await db.Invoices.ToListAsync();
await first;
`;

const host = createNodeHost();
afterAll(() => host.dispose());
const rate = async (latencyMs: number, jitterMs: number) =>
  (
    await host.runBatch(
      { code: HEAD_START, settings: { latencyMs, jitterMs, seed: 1 }, trackerSnapshots: false },
      seedRange(1, 60),
    )
  ).failureRate;

describe('failure rate against latency and jitter (a 10 ms head start)', () => {
  it('never fails without jitter at latency ≤ 10 ms, always above', async () => {
    for (const latency of [2, 5, 9, 10]) expect(await rate(latency, 0)).toBe(0);
    for (const latency of [11, 15, 30]) expect(await rate(latency, 0)).toBe(1);
  });

  it('fails partially with jitter around the head start, and more as latency grows', async () => {
    const near = await rate(10, 5);
    expect(near).toBeGreaterThan(0.1);
    expect(near).toBeLessThan(0.9);
    const low = await rate(6, 5);
    const high = await rate(14, 5);
    expect(low).toBeLessThan(near);
    expect(high).toBeGreaterThan(near);
  });

  it('replaying a failing seed reproduces the identical failure', async () => {
    const settings = { latencyMs: 10, jitterMs: 5, seed: 1 };
    const summary = await host.runBatch(
      { code: HEAD_START, settings, trackerSnapshots: false },
      seedRange(1, 40),
    );
    expect(summary.failingSeeds.length).toBeGreaterThan(0);
    const seed = summary.failingSeeds[0];
    const a = await host.run({ code: HEAD_START, settings: { ...settings, seed } });
    const b = await host.run({ code: HEAD_START, settings: { ...settings, seed } });
    expect(a.outcome).toBe('threw');
    expect(a.exception).toMatchObject({ type: 'InvalidOperationException', line: 4 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
