/**
 * A minimal stand-in for the simulator, for the runner's own tests: it lets them check the
 * runner's wiring (flows, call sites, loop guard, thrown values) without depending on the
 * simulator's behaviour. Not used by the app.
 */
import { toExceptionInfo } from '../../sim/exceptions.ts';
import type { Simulation, SimulationOptions } from '../../sim/simulation.ts';
import type { ExceptionInfo, Run } from '../types.ts';
import type { CreateSimulation } from '../executeCore.ts';

export interface Probe {
  label: string;
  flow: number;
  line: number | null;
  frames: string[];
}

export interface FakeSimulationLog {
  probes: Probe[];
  unhandled: unknown[];
}

export function createFakeSimulation(
  log: FakeSimulationLog = { probes: [], unhandled: [] },
): CreateSimulation {
  return async (options: SimulationOptions): Promise<Simulation> => {
    let flow = 1;
    let nextFlow = 2;
    let stopped: string | null = null;
    const consoleLines: string[] = [];
    const pending: Promise<unknown>[] = [];
    const unobserved: ExceptionInfo[] = [];
    const globals = {
      __flow: { current: () => flow, restore: <T>(f: number, value: T): T => ((flow = f), value) },
      console: { log: (...args: unknown[]) => consoleLines.push(args.map(String).join(' ')) },
      probe(label: string) {
        const site = options.callSite?.('call') ?? null;
        log.probes.push({
          label,
          flow,
          line: site?.line ?? null,
          frames: site?.frames.map((f) => `${f.method}:${f.line}`) ?? [],
        });
      },
      /** Resolves after a host turn, like a database round-trip. */
      delay: () => options.yieldToHost(),
      Task: {
        Run(fn: () => Promise<unknown>) {
          const saved = flow;
          flow = nextFlow++;
          try {
            const p = fn();
            pending.push(p.catch(() => undefined));
            return p;
          } finally {
            flow = saved;
          }
        },
      },
    };
    return {
      globals,
      stop(reason) {
        stopped ??= reason;
      },
      reportUnhandledRejection(reason) {
        log.unhandled.push(reason);
        unobserved.push(toExceptionInfo(reason));
      },
      async run(body): Promise<Run> {
        let exception: ExceptionInfo | null = null;
        try {
          await body(globals);
        } catch (error) {
          if (!stopped) exception = toExceptionInfo(error);
        }
        await Promise.all(pending);
        await options.yieldToHost();
        const outcome = stopped ? 'stopped' : exception ? 'threw' : 'ok';
        const settings = { latencyMs: 30, jitterMs: 0, seed: 1, ...options.settings };
        return {
          outcome,
          exception,
          unobserved,
          contexts: [],
          operations: [],
          sql: [],
          console: consoleLines,
          durationMs: 0,
          stopReason: stopped,
          settings: {
            latencyMs: settings.latencyMs,
            jitterMs: settings.jitterMs,
            seed: settings.seed,
            provider: settings.provider ?? 'sqlserver',
          },
          trace: exception
            ? [
                {
                  seq: 0,
                  t: 0,
                  line: exception.line,
                  flow: 1,
                  type: 'exception',
                  exception,
                  unobserved: false,
                },
              ]
            : [],
          requests: [],
          diagnostics: [],
        };
      },
    };
  };
}
