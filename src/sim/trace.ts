/**
 * The trace: everything a run did, as plain data (structured-clone safe, JSON-stable).
 * The UI draws the timeline from it and the tests assert on it; nothing else leaves a run.
 * Same snippet + same settings ⇒ byte-identical JSON, so no field may hold real time,
 * object identity or anything host-dependent.
 */
import type { Provider } from './provider.ts';

export type EntityStateName = 'Detached' | 'Unchanged' | 'Deleted' | 'Modified' | 'Added';

/** One frame of a .NET-style stack: a snippet location or a simulated EF Core method. */
export interface StackFrame {
  /** e.g. `AppDb.SaveChangesAsync` or `Snippet.loadDashboard` / `Snippet.<Main>`. */
  method: string;
  /** Snippet line (1-based) for user frames; null for simulated library frames. */
  line: number | null;
  column?: number | null;
}

export interface ExceptionInfo {
  /** .NET type name: `InvalidOperationException`, `ObjectDisposedException`, … or a JS `Error` name. */
  type: string;
  message: string;
  /** Snippet line where it was raised (the top user frame); null when unknown. */
  line: number | null;
  /** .NET-style rendering: `System.InvalidOperationException: …\n   at …`. */
  stack: string;
  /** The operation that failed, when an operation did. */
  operation?: number | null;
}

interface EventBase {
  /** Position in the trace (0-based, dense). */
  seq: number;
  /** Virtual time in ms. */
  t: number;
  /** Snippet line that caused the event, when one did. */
  line: number | null;
  /** Async flow (the snippet's body is flow 1; Task.Run, requests, ForEachAsync bodies get new ones). */
  flow: number;
}

export type ContextOrigin = 'injected' | 'new' | 'factory' | 'scope' | 'singleton';

export type OperationKind = 'query' | 'save' | 'find' | 'raw' | 'tracking' | 'dispose';

export type TraceEvent = EventBase &
  (
    | { type: 'run-start'; latencyMs: number; jitterMs: number; seed: number; provider: Provider }
    | { type: 'flow-start'; parent: number | null; label: string }
    | { type: 'flow-end'; status: 'ok' | 'threw' }
    | {
        type: 'context-created';
        context: number;
        origin: ContextOrigin;
        scope: number | null;
        request: number | null;
      }
    | { type: 'context-disposed'; context: number }
    | {
        type: 'op-start';
        op: number;
        context: number;
        /** EF Core method name: `ToListAsync`, `SaveChangesAsync`, `FindAsync`, `Update`, … */
        name: string;
        kind: OperationKind;
        /** Entity type the operation is about, when there is one. */
        entity: string | null;
        sync: boolean;
      }
    | {
        type: 'op-end';
        op: number;
        context: number;
        status: 'ok' | 'threw';
        exception: ExceptionInfo | null;
        summary: string;
      }
    /** The ConcurrencyDetector's critical section taken / released by an operation. */
    | { type: 'detector-enter'; context: number; op: number }
    | { type: 'detector-exit'; context: number; op: number }
    /** A second operation tried to enter while `holder` held the context: ConcurrentMethodInvocation. */
    | {
        type: 'collision';
        context: number;
        op: number;
        holder: number;
        holderLine: number | null;
        message: string;
      }
    /** The identity map refused a second instance with a tracked key. */
    | {
        type: 'identity-conflict';
        context: number;
        op: number;
        entity: string;
        key: string;
        trackedLine: number | null;
        message: string;
      }
    | { type: 'connection-open'; context: number; connection: number; op: number }
    | { type: 'connection-close'; context: number; connection: number; op: number }
    | {
        type: 'command';
        op: number;
        context: number;
        connection: number;
        /** Index into Run.sql. */
        sql: number;
        durationMs: number;
      }
    | { type: 'transaction'; context: number; op: number; action: 'begin' | 'commit' | 'rollback' }
    | {
        type: 'state-change';
        context: number;
        entity: string;
        key: string;
        from: EntityStateName;
        to: EntityStateName;
      }
    /** The change tracker of a context after an operation changed it (DebugView-like). */
    | { type: 'tracker'; context: number; entries: TrackerEntry[] }
    | { type: 'console'; level: 'log' | 'info' | 'warn' | 'error'; text: string }
    /** An exception the snippet let escape (the run's outcome) or one nobody observed. */
    | { type: 'exception'; exception: ExceptionInfo; unobserved: boolean }
    | { type: 'run-end'; outcome: RunOutcome; reason: string | null }
  );

export type TraceEventType = TraceEvent['type'];

export interface TrackerEntry {
  entity: string;
  /** Key rendered as EF Core does: `{Id: 7}`. */
  key: string;
  state: EntityStateName;
  /** Names of properties marked Modified. */
  modified: string[];
  /** Current values, rendered as DebugView's LongView does (`'text'`, numbers bare, `<null>`). */
  values: Record<string, string>;
  /** Original values of modified properties. */
  originals: Record<string, string>;
  /** Foreign-key properties (LongView's FK flag), when the entity type has reference navigations. */
  foreignKeys?: string[];
  /**
   * Navigations as LongView prints them (`Orders: [{Id: 1}, {Id: 2}]`, `Customer: {Id: 3}`,
   * `<null>`), in model order, when the entity type has any.
   */
  navigations?: { name: string; kind: 'collection' | 'reference'; keys: string[] }[];
}

export type RunOutcome = 'ok' | 'threw' | 'stopped';

/** One logged database command, in EF Core's `Executed DbCommand` format. */
export interface SqlEntry {
  at: number;
  context: number;
  connection: number;
  op: number;
  /** The SQL text, as EF Core 10 generates it for SQLite. */
  text: string;
  /** Parameter list as logged (`@id='1'` or `@id='?' (DbType = Int32)` without sensitive logging). */
  parameters: string;
  /** The full log message: `Executed DbCommand (30ms) [Parameters=[…], CommandType='Text', CommandTimeout='30']\n<sql>`. */
  log: string;
  durationMs: number;
  rows: number;
  /** The command failed in the database (EF Core logs `Failed executing DbCommand …` then). */
  failed?: boolean;
}

export interface OperationInfo {
  id: number;
  context: number;
  name: string;
  kind: OperationKind;
  line: number | null;
  flow: number;
  start: number;
  end: number;
  status: 'ok' | 'threw';
  /** The exception it failed with was never observed by the snippet. */
  unobserved: boolean;
  connection: number | null;
  /** The operation that held the context when this one collided. */
  collidedWith: number | null;
}

export interface ContextInfo {
  id: number;
  origin: ContextOrigin;
  createdAt: number;
  disposedAt: number | null;
  line: number | null;
  /**
   * The tracked entries as they stood when the context was disposed (or when the run ended, for a
   * context never disposed): raw states, without a DetectChanges. Conformance compares them with
   * real EF Core's.
   */
  finalEntries?: FinalEntry[];
}

/** One tracked entry at the end of a context's life. `key` is the key value as the entry holds it (a temporary one while Added). */
export interface FinalEntry {
  entity: string;
  key: unknown;
  state: EntityStateName;
}

/** A simulated HTTP request (`app.HandleRequests`): 200 when its handler completed, 500 when it threw. */
export interface RequestInfo {
  id: number;
  status: number;
  start: number;
  end: number;
  flow: number;
  exception: ExceptionInfo | null;
}

/**
 * A finished run. The first block is the CLI's `--json` contract (DESIGN.md §4); the rest is
 * what the app needs on top.
 */
export interface Run {
  outcome: RunOutcome;
  exception: ExceptionInfo | null;
  unobserved: ExceptionInfo[];
  contexts: ContextInfo[];
  operations: OperationInfo[];
  sql: SqlEntry[];
  console: string[];
  durationMs: number;

  /** Why a `stopped` run stopped (cap reached, real-time limit, cancelled). */
  stopReason: string | null;
  settings: { latencyMs: number; jitterMs: number; seed: number; provider: Provider };
  trace: TraceEvent[];
  /** Simulated requests, when the snippet used `app.HandleRequests`. */
  requests: RequestInfo[];
  /** Syntax and type errors (a run with errors does not execute: outcome `stopped`). */
  diagnostics: Diagnostic[];
}

export interface Diagnostic {
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
