/**
 * The per-run hub every simulated object talks to: settings, virtual clock, seeded PRNG, ids,
 * async flows, call sites and the trace. One Runtime per run; nothing is shared between runs.
 */
import { Scheduler } from './clock.ts';
import { Random } from './random.ts';
import { TraceRecorder } from './traceRecorder.ts';
import { LIMIT_REASONS, type CallSite, type CallSiteSource, type SimSettings } from './simulation.ts';
import { createTaskSource, type SimTask, type TaskSource } from './simTask.ts';
import { DotnetException } from './exceptions.ts';

export class StopRun extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'StopRun';
  }
}

export class Runtime {
  readonly scheduler = new Scheduler();
  readonly random: Random;
  readonly trace: TraceRecorder;
  readonly tasks: SimTask<unknown>[] = [];
  /**
   * Failures of plain promises (an async function's result) that lost a Task.WhenAny, or that
   * came after a Promise.all had already rejected (snippetPromise.ts): WhenAny and Promise.all had
   * to subscribe to them, which JavaScript counts as handling, yet no code ever sees them, so
   * unless the snippet rethrew them they are reported as unobserved at the end of the run.
   */
  readonly lostRejections: unknown[] = [];
  /** The async flow whose code is running now (restored after each await by the transpiler). */
  flow = 1;
  private nextFlow = 2;
  private nextContext = 1;
  private nextOp = 1;
  stopped: string | null = null;

  constructor(
    readonly settings: SimSettings,
    private readonly locate: (source: CallSiteSource) => CallSite | null,
    trackerSnapshots: boolean,
    private readonly onResume: () => void = () => {},
  ) {
    this.random = new Random(settings.seed);
    this.trace = new TraceRecorder(
      this.scheduler,
      () => this.flow,
      trackerSnapshots,
      () => this.stop(LIMIT_REASONS.traceEvents(settings.maxTraceEvents)),
      settings.maxTraceEvents,
    );
  }

  get now(): number {
    return this.scheduler.now;
  }

  /**
   * How the API being run was reached (see CallSiteSource), or `simulator` while the simulator
   * itself calls a snippet-facing API, when no snippet code can be on the stack.
   */
  private source: CallSiteSource | 'simulator' = 'call';

  /**
   * The snippet location of the API being run. For an explicit call (`db.Orders.ToListAsync()`,
   * `console.log`, `new AppDb()`) the runner may answer from the transpiler's call-site marker;
   * see {@link implicit} and {@link dbRead} for APIs reached any other way.
   */
  site(): CallSite | null {
    return this.source === 'simulator' ? null : this.locate(this.source);
  }

  line(): number | null {
    return this.site()?.line ?? null;
  }

  /**
   * The snippet location read from the stack: for APIs reached without a call expression of
   * their own (a getter or setter, `for await`, `await using`, Dispose), where the last marker
   * belongs to some earlier call.
   */
  stackSite(): CallSite | null {
    return this.source === 'simulator' ? null : this.locate('stack');
  }

  stackLine(): number | null {
    return this.stackSite()?.line ?? null;
  }

  /**
   * Runs `fn`, the simulator's own call of a public API (disposing a scope when a request ends),
   * without looking for a call site: no snippet frame can be on the stack, and reading the stack
   * is the costliest thing a call does.
   */
  internal<T>(fn: () => T): T {
    return this.reachedBy('simulator', fn);
  }

  /** Runs `fn`, an API reached implicitly (a setter…): its call sites come from the stack. */
  implicit<T>(fn: () => T): T {
    return this.reachedBy('stack', fn);
  }

  /** Runs `fn`, the injected `db`'s first use, a property read (`db.Orders`). */
  dbRead<T>(fn: () => T): T {
    return this.reachedBy('db', fn);
  }

  /** Runs `fn` reached by `source`; inside the simulator's own calls it stays `simulator`. */
  private reachedBy<T>(source: CallSiteSource | 'simulator', fn: () => T): T {
    const saved = this.source;
    if (saved !== 'simulator') this.source = source;
    try {
      return fn();
    } finally {
      this.source = saved;
    }
  }

  /** Simulator code is about to resume the snippet: any call-site marker set before is stale. */
  resumed(): void {
    this.onResume();
  }

  /** One database command's simulated round-trip: latency ± jitter, drawn from the seeded PRNG. */
  drawLatency(): number {
    const { latencyMs, jitterMs } = this.settings;
    if (jitterMs <= 0) return Math.max(0, latencyMs);
    return Math.max(0, this.random.int(latencyMs - jitterMs, latencyMs + jitterMs));
  }

  newContextId(): number {
    return this.nextContext++;
  }

  newOpId(): number {
    const id = this.nextOp++;
    if (id > this.settings.maxOperations) {
      this.stop(
        `Stopped after ${this.settings.maxOperations} EF Core operations (the operation cap). Is something looping forever?`,
      );
    }
    return id;
  }

  /** Starts a new async flow (Task.Run body, request, ForEachAsync iteration) and returns its id. */
  newFlow(label: string, line: number | null): number {
    const id = this.nextFlow++;
    this.trace.emit({ type: 'flow-start', parent: this.flow, label }, line, id);
    return id;
  }

  /** Runs `fn` synchronously as `flow`, restoring the previous flow afterwards. */
  inFlow<T>(flow: number, fn: () => T): T {
    const saved = this.flow;
    this.flow = flow;
    try {
      return fn();
    } finally {
      this.flow = saved;
    }
  }

  taskSource<T>(line: number | null): TaskSource<T> {
    const source = createTaskSource<T>(this.tasks);
    source.task.line = line;
    return source;
  }

  /** Attaches the snippet frames of the current call to an exception about to be thrown. */
  decorate<E extends DotnetException>(
    error: E,
    site: CallSite | null,
    library: string[],
    op: number | null = null,
  ): E {
    error.userFrames = site?.frames ?? [];
    error.libraryFrames = library;
    error.operation = op;
    return error;
  }

  stop(reason: string): never {
    if (!this.stopped) this.stopped = reason;
    throw new StopRun(reason);
  }
}
