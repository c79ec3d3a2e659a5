import { describe, expect, it } from 'vitest';
import { runCode } from './testing/runCode.ts';

describe('SaveChanges and the change tracker', () => {
  it('a save the ConcurrencyDetector refuses has already run DetectChanges: the tracker shows the edit as Modified', async () => {
    const run = await runCode(`
      const u = await db.Users.FirstAsync();
      u.Name = 'Renamed';
      const pending = db.Customers.ToListAsync();
      try {
        await db.SaveChangesAsync();
      } catch {
        console.log('refused');
      }
      await pending;
    `);
    expect(run.console).toEqual(['refused']);
    const refusal = run.trace.findIndex((ev) => ev.type === 'collision');
    expect(refusal).toBeGreaterThan(0);
    // The last tracker snapshot of the context before the refusal: the panel at that instant.
    const before = run.trace.slice(0, refusal).filter((ev) => ev.type === 'tracker');
    const snapshot = before.at(-1);
    expect(
      snapshot?.type === 'tracker' && snapshot.entries.map((e) => `${e.entity} ${e.key} ${e.state}`),
    ).toEqual(['User {Id: 1} Modified']);
  });
});
