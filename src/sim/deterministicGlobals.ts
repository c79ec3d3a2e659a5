/**
 * `Date` and `Math` for snippets, tied to the run: `new Date()` / `Date.now()` read the virtual
 * clock (from a fixed epoch) and `Math.random()` draws from a PRNG seeded by the run's seed. A
 * snippet that logs the time or a random number still replays byte for byte.
 */
import { Random } from './random.ts';
import type { Runtime } from './runtime.ts';

/** Virtual time 0 is this instant (UTC). */
export const VIRTUAL_EPOCH = Date.UTC(2026, 0, 5, 9, 0, 0);

export function createDeterministicGlobals(rt: Runtime) {
  const now = () => VIRTUAL_EPOCH + rt.now;
  const RealDate = Date;
  class VirtualDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now());
      else super(...(args as [string | number]));
    }
    static override now(): number {
      return now();
    }
  }
  // Separate stream from jitter draws, so logging a random number never changes the timings.
  const random = new Random((rt.settings.seed ^ 0x5bd1e995) >>> 0);
  const VirtualMath = Object.create(Math, { random: { value: () => random.next() } }) as Math;
  return { Date: VirtualDate as DateConstructor, Math: VirtualMath };
}
