import { describe, expect, it } from 'vitest';
import { collisionRun, factoryRun } from '../../state/fixtures/fixtureRuns.ts';
import { explainRun } from './explainRun.ts';
import { describeEvent, indexOps } from './describeEvent.ts';
import { readFileSync } from 'node:fs';
import { createNodeHost } from '../../runner/node/nodeHost.ts';
import { DEFAULT_RUN_SETTINGS } from '../../runner/types.ts';

describe('explainRun', () => {
  it('names the holder, the colliding operation and their lines', () => {
    const text = explainRun(collisionRun())!;
    expect(text).toContain('ToListAsync (line 4)');
    expect(text).toContain('CountAsync (line 5)');
    expect(text).toContain('AppDb #1');
    expect(text).toContain('1 more operation collided');
  });

  it("explains SqlClient's refusal on SQL Server without MARS, not the detector (lesson 8)", async () => {
    const host = createNodeHost();
    const lesson = '08-streaming';
    const code = readFileSync(`lessons/${lesson}/starter.ts`, 'utf8');
    const run = await host.run({
      code,
      settings: { ...DEFAULT_RUN_SETTINGS, provider: 'sqlserver' },
      lesson,
    });
    const story = explainRun(run)!;
    expect(story).toContain('FindAsync (line 6)');
    expect(story).toContain('data reader open');
    expect(story).toContain('SQL Server without MARS');
    const mars = await host.run({
      code,
      settings: { ...DEFAULT_RUN_SETTINGS, provider: 'sqlserver-mars' },
      lesson,
    });
    expect(explainRun(mars)).toContain('concurrency detector threw');
    host.dispose();
  });

  it('says nothing for a clean run', () => {
    expect(explainRun(factoryRun())).toBeNull();
  });

  it('never names a key value EF Core hides (lesson 11: sensitive data logging off)', async () => {
    const host = createNodeHost();
    const lesson = '11-sensitive-data-logging';
    const run = (stem: string) =>
      host.run({
        code: readFileSync(`lessons/${lesson}/${stem}.ts`, 'utf8'),
        settings: DEFAULT_RUN_SETTINGS,
        lesson,
      });
    const off = await run('starter');
    expect(off.exception?.message).not.toContain('14');
    const story = explainRun(off)!;
    expect(story).toContain("{'Id'}");
    expect(story).not.toMatch(/\b14\b/);
    const conflict = off.trace.find((e) => e.type === 'identity-conflict')!;
    expect(describeEvent(conflict, indexOps(off))).not.toMatch(/\b14\b/);
    // With sensitive data logging on, EF Core's message names the key, and so may the narration.
    const on = await run('solution-sensitive-logging');
    expect(on.exception?.message).toContain('{Id: 14}');
    expect(explainRun(on)).toContain('{Id: 14}');
    host.dispose();
  });
});
