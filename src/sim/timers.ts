/**
 * `setTimeout` / `clearTimeout` for snippets, on the virtual clock: a timer is an event of the
 * scheduler, so snippets that use timers replay exactly too.
 */
import type { Runtime } from './runtime.ts';

export function createTimers(rt: Runtime) {
  let next = 1;
  const cancelled = new Set<number>();
  return {
    setTimeout(fn: (...args: unknown[]) => void, ms = 0, ...args: unknown[]): number {
      const id = next++;
      const flow = rt.flow;
      rt.scheduler.schedule(Math.max(0, Number(ms) || 0), () => {
        if (!cancelled.has(id)) rt.inFlow(flow, () => fn(...args));
      });
      return id;
    },
    clearTimeout(id: number): void {
      cancelled.add(id);
    },
  };
}
