/**
 * Fuzz: generated hostile snippets through the CLI's host (loops, floods, prototype tampering,
 * forged output, escapes, giant inputs). Every one must end in a named outcome, and a clean probe
 * run after each must give a byte-identical trace to the same probe in a fresh host (a fresh
 * process and realm). Bounded: inputs are tried until ~30 s have passed (every generator at least once).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { stopKind } from '../stopKind.ts';
import type { Run } from '../types.ts';
import { DEFAULT_RUN_SETTINGS } from '../types.ts';
import { createChildHost, type ChildHostOptions } from './childHost.ts';
import { GENERATORS, n, PROBE, prng } from '../testSupport/hostileSnippets.ts';

// The real-time limit is short (the limits themselves are what is under test) but above a busy
// machine's slowest clean run; the memory limit leaves the child room for its own start-up.
const OPTIONS: ChildHostOptions = { runTimeoutMs: 4_000, memoryLimitMb: 192 };
const BUDGET_MS = 30_000;

const fuzzHost = createChildHost(OPTIONS);
afterAll(() => fuzzHost.dispose());

function named(run: Run): string {
  return run.outcome === 'stopped' ? `stopped:${stopKind(run)}` : run.outcome;
}

describe('fuzz: hostile snippets through the CLI host', () => {
  it('every input ends in a named outcome and leaves nothing behind', { timeout: 300_000 }, async () => {
    const fresh = createChildHost(OPTIONS);
    const reference = JSON.stringify(
      (await fresh.run({ code: PROBE, settings: DEFAULT_RUN_SETTINGS })).trace,
    );
    fresh.dispose();

    const r = prng(11);
    const kinds = Object.keys(GENERATORS);
    const outcomes = new Map<string, number>();
    const leaks: string[] = [];
    const unnamed: string[] = [];
    const started = Date.now();
    let tried = 0;
    const minimum = kinds.length; // every generator at least once
    while (tried < minimum || (Date.now() - started < BUDGET_MS && tried < 200)) {
      const kind = kinds[tried % kinds.length];
      const code = GENERATORS[kind](r);
      tried++;
      const run = await fuzzHost.run({ code, settings: { ...DEFAULT_RUN_SETTINGS, seed: n(r, 1000) } });
      const name = named(run);
      outcomes.set(`${kind} → ${name}`, (outcomes.get(`${kind} → ${name}`) ?? 0) + 1);
      if (name === 'stopped:crashed' || name === 'stopped:simulator-error')
        unnamed.push(`${kind}: ${run.stopReason}`);
      const probe = await fuzzHost.run({ code: PROBE, settings: DEFAULT_RUN_SETTINGS });
      if (JSON.stringify(probe.trace) !== reference) leaks.push(`${kind}: ${code.slice(0, 80)}`);
    }
    console.info(
      `fuzz: ${tried} inputs, ${[...outcomes.values()].reduce((a, b) => a + b, 0)} named outcomes, ${unnamed.length} unnamed, ${leaks.length} leaks\n` +
        [...outcomes].map(([k, v]) => `  ${k}: ${v}`).join('\n'),
    );
    expect(unnamed).toEqual([]);
    expect(leaks).toEqual([]);
    expect(tried).toBeGreaterThanOrEqual(minimum);
  });
});
