import { describe, expect, it } from 'vitest';
import { collisionRun, factoryRun } from '../../state/fixtures/fixtureRuns.ts';
import { explainRun } from './explainRun.ts';

describe('explainRun', () => {
  it('names the holder, the colliding operation and their lines', () => {
    const text = explainRun(collisionRun())!;
    expect(text).toContain('ToListAsync (line 4)');
    expect(text).toContain('CountAsync (line 5)');
    expect(text).toContain('AppDb #1');
    expect(text).toContain('1 more operation collided');
  });

  it('says nothing for a clean run', () => {
    expect(explainRun(factoryRun())).toBeNull();
  });
});
