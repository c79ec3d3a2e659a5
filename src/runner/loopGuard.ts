/**
 * The loop guard: the transpiler opens every loop body with `__guard()`. A synchronous infinite
 * loop never yields, so neither the virtual clock nor the host can stop it; the guard counts
 * iterations and, every CHECK_EVERY of them, reads the host's real clock. Past the limit since
 * the snippet last yielded to the host, it trips: it stops the simulation and throws a
 * {@link LoopGuardStop} — and keeps throwing on every later call, so a `try/catch` inside the
 * loop cannot swallow it forever.
 */

/** The value the guard throws. Deliberately not an Error: it is a signal, not a snippet failure. */
export class LoopGuardStop {
  constructor(readonly reason: string) {}
  toString(): string {
    return this.reason;
  }
}

export interface LoopGuard {
  /** Bound as `__guard`; called at the top of every loop iteration. */
  guard(): void;
  /** The host yielded (the job queue drained): the real-time budget starts again. */
  markYield(): void;
  /** Trips the guard now (cancellation): every later loop iteration throws. */
  trip(reason: string): void;
  /** The stop message once tripped, else null. */
  readonly tripped: string | null;
}

export interface LoopGuardOptions {
  /** Real clock in ms (performance.now or Date.now): real time is a host concern. */
  now: () => number;
  /** Real time a snippet may run without yielding. Default 2000 ms. */
  limitMs?: number;
  /** Iterations between two clock reads. Default 1024. */
  checkEvery?: number;
  /** Called once when the guard trips (the runner stops the simulation here). */
  onTrip?: (reason: string) => void;
}

export const DEFAULT_GUARD_LIMIT_MS = 2000;

export function guardStopMessage(limitMs: number): string {
  const amount = limitMs >= 1000 ? `${+(limitMs / 1000).toFixed(1)} s` : `${limitMs} ms`;
  return `Stopped: the snippet ran for more than ${amount} of real time without yielding (an infinite loop?). Your code is unchanged.`;
}

export function createLoopGuard(options: LoopGuardOptions): LoopGuard {
  const { now, limitMs = DEFAULT_GUARD_LIMIT_MS, checkEvery = 1024, onTrip } = options;
  let since = now();
  let count = 0;
  let tripped: string | null = null;
  return {
    guard() {
      if (tripped !== null) throw new LoopGuardStop(tripped);
      if (++count < checkEvery) return;
      count = 0;
      if (now() - since <= limitMs) return;
      tripped = guardStopMessage(limitMs);
      onTrip?.(tripped);
      throw new LoopGuardStop(tripped);
    },
    trip(reason) {
      tripped ??= reason;
    },
    markYield() {
      since = now();
      count = 0;
    },
    get tripped() {
      return tripped;
    },
  };
}
