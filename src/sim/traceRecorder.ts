/**
 * Records the trace and the summary tables of a Run as the simulation goes. Every event gets
 * the virtual time, the current async flow and a dense sequence number, so the JSON is a pure
 * function of the snippet and its settings.
 */
import type { Scheduler } from './clock.ts';
import type {
  ContextInfo,
  ContextOrigin,
  ExceptionInfo,
  FinalEntry,
  OperationInfo,
  OperationKind,
  SqlEntry,
  TraceEvent,
  TrackerEntry,
} from './trace.ts';

/** A trace event as emitted, before the recorder stamps seq/t/flow/line. */
export type EventBody = TraceEvent extends infer E
  ? E extends TraceEvent
    ? Omit<E, 'seq' | 't' | 'flow' | 'line'>
    : never
  : never;

export class TraceRecorder {
  readonly events: TraceEvent[] = [];
  readonly operations = new Map<number, OperationInfo>();
  readonly contexts = new Map<number, ContextInfo>();
  readonly sql: SqlEntry[] = [];
  readonly console: string[] = [];
  private full = false;
  /** Live contexts' entry readers, for the final states of contexts never disposed. */
  private readonly entryReaders = new Map<number, () => FinalEntry[]>();

  constructor(
    private readonly clock: Scheduler,
    private readonly currentFlow: () => number,
    readonly trackerSnapshots: boolean,
    /** Called (and expected to throw, stopping the run) when the trace reaches `maxEvents`. */
    private readonly onFull: () => void = () => {},
    private readonly maxEvents = Infinity,
  ) {}

  emit(body: EventBody, line: number | null = null, flow?: number): TraceEvent {
    // Once: the events that close a stopped run (exceptions, run-end) still get in.
    if (this.events.length >= this.maxEvents && !this.full) {
      this.full = true;
      this.onFull();
    }
    const event = {
      seq: this.events.length,
      t: this.clock.now,
      line,
      flow: flow ?? this.currentFlow(),
      ...body,
    } as TraceEvent;
    this.events.push(event);
    return event;
  }

  contextCreated(
    id: number,
    origin: ContextOrigin,
    line: number | null,
    scope: number | null,
    request: number | null,
    readEntries: () => FinalEntry[],
  ): void {
    this.contexts.set(id, {
      id,
      origin,
      createdAt: this.clock.now,
      disposedAt: null,
      line,
      finalEntries: [],
    });
    this.entryReaders.set(id, readEntries);
    this.emit({ type: 'context-created', context: id, origin, scope, request }, line);
  }

  /** Records a context's final entries: when it is disposed (before it lets go of them), or at the run's end. */
  recordFinalEntries(id: number): void {
    const read = this.entryReaders.get(id);
    const info = this.contexts.get(id);
    if (!read || !info) return;
    this.entryReaders.delete(id);
    info.finalEntries = read();
  }

  /** At the end of a run: the final entries of every context still alive. */
  recordLiveEntries(): void {
    for (const id of [...this.entryReaders.keys()]) this.recordFinalEntries(id);
  }

  contextDisposed(id: number, line: number | null): void {
    const info = this.contexts.get(id);
    if (info && info.disposedAt === null) info.disposedAt = this.clock.now;
    this.emit({ type: 'context-disposed', context: id }, line);
  }

  opStarted(
    op: number,
    context: number,
    name: string,
    kind: OperationKind,
    entity: string | null,
    sync: boolean,
    line: number | null,
  ): void {
    const flow = this.currentFlow();
    this.operations.set(op, {
      id: op,
      context,
      name,
      kind,
      line,
      flow,
      start: this.clock.now,
      end: this.clock.now,
      status: 'ok',
      unobserved: false,
      connection: null,
      collidedWith: null,
    });
    this.emit({ type: 'op-start', op, context, name, kind, entity, sync }, line);
  }

  opEnded(op: number, status: 'ok' | 'threw', exception: ExceptionInfo | null, summary: string): void {
    const info = this.operations.get(op);
    if (!info) return;
    info.end = this.clock.now;
    info.status = status;
    this.emit(
      { type: 'op-end', op, context: info.context, status, exception, summary },
      info.line,
      info.flow,
    );
  }

  tracker(context: number, entries: () => TrackerEntry[]): void {
    if (this.trackerSnapshots) this.emit({ type: 'tracker', context, entries: entries() });
  }
}
