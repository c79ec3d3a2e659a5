/**
 * The shared core of a run, the same in Node and in the Web Worker: transpile, create the
 * simulation, bind globals + runtime helpers, run, and finish the Run (diagnostics, loop-guard
 * stops, locations of thrown non-Errors). Host specifics (sql.js loading, the macrotask hop, the
 * real clock, unhandled-rejection events) come in as {@link ExecuteHost}.
 */
import type { SqlJsStatic } from 'sql.js';
import type { ModelDef } from '../sim/data/modelTypes.ts';
import { toExceptionInfo } from '../sim/exceptions.ts';
import type { CallSite, CallSiteSource, Simulation, SimulationOptions } from '../sim/simulation.ts';
import type { Diagnostic, ExceptionInfo, Run, RunRequest, StackFrame } from './types.ts';
import { createSnippetLocator, frameMethodName, type SnippetLocator } from './callSite.ts';
import { AT_HELPER } from './callSiteMarkers.ts';
import { createCSharpRuntime, type SimTaskApi } from './csharpRuntime.ts';
import { compileSnippet, FIXED_BINDINGS, shadowedGlobals, type CompiledSnippet } from './compile.ts';
import { createLoopGuard, DEFAULT_GUARD_LIMIT_MS, LoopGuardStop } from './loopGuard.ts';
import { HELPER_NAMES } from './runtimeTransformers.ts';
import { CANCELLED_REASON, stoppedRun, syntaxStopReason } from './stoppedRun.ts';
import { SNIPPET_FUNCTION, transpileSnippetCached, type TranspileResult } from './transpile.ts';
import { withDotnetExceptions } from './runtimeErrors.ts';
import {
  compileStopReason,
  modelDeclarations,
  typeCheckSnippet,
  typeCheckWarm,
  type ReadDeclarations,
} from './typeCheck.ts';

export interface ExecuteHost {
  sql: SqlJsStatic;
  /** Resolves after a macrotask turn (setImmediate in Node, a MessageChannel hop in the worker). */
  yieldToHost(): Promise<void>;
  /** Real time in ms, for the loop guard only (never reaches the trace). */
  now(): number;
  /** Subscribes to the host's unhandled promise rejections for the run; returns the unsubscribe. */
  onUnhandledRejection?(listener: (reason: unknown) => void): () => void;
  /** The model a lesson declares (undefined: the default model). */
  resolveModel?(lesson: string): ModelDef | undefined | Promise<ModelDef | undefined>;
  /**
   * Reads the declaration files of the type check before a run (typeCheck.ts): TypeScript's
   * `lib.*.d.ts` and `snippet-globals.d.ts`. Without it snippets run unchecked.
   */
  readDeclarations?: ReadDeclarations;
}

export interface ExecuteOptions {
  /** Real time the snippet may run without yielding before the loop guard stops it. */
  guardLimitMs?: number;
  /** Aborting stops the run (outcome `stopped`, reason "Cancelled"). */
  signal?: AbortSignal;
  /** A transpilation to reuse (bench, batches); default: the memoized one for `request.code`. */
  transpiled?: TranspileResult;
  /** Bound as `__expose` for the realm's warm-up probe only (realm/warmUp.ts). */
  expose?: (value: unknown) => void;
}

export type CreateSimulation = (options: SimulationOptions) => Promise<Simulation>;

/** What `...__at(id)` spreads into a call: nothing. */
const NO_ARGUMENTS: readonly unknown[] = Object.freeze([]);
const MAIN_METHOD = frameMethodName(SNIPPET_FUNCTION);
/** The global name of the C# runtime helpers (src/csharp/names.ts `RT`). */
const CSHARP_RUNTIME = '__cs';

/** `__flow` for a simulator that does not track flows (never the case in production). */
const NO_FLOWS = { current: () => 0, restore: <T>(_flow: number, value: T): T => value };

export async function runSnippetWith(
  createSimulation: CreateSimulation,
  request: RunRequest,
  host: ExecuteHost,
  options: ExecuteOptions = {},
): Promise<Run> {
  const settings = request.settings;
  const transpiled = options.transpiled ?? transpileSnippetCached(request.code);
  if (transpiled.diagnostics.some((d) => d.severity === 'error')) {
    return stoppedRun(settings, syntaxStopReason(transpiled.diagnostics), transpiled.diagnostics);
  }
  if (options.signal?.aborted) return stoppedRun(settings, CANCELLED_REASON);

  const model = request.lesson ? await host.resolveModel?.(request.lesson) : undefined;
  // Compile before running, as C# would: a type error stops the run on its line. A batch or load
  // run (no tracker snapshots) skips it only while the checker is cold (the first run in a fresh
  // worker), so the cold parse of the libraries never counts against its time limit; an
  // interactive run always checks.
  const check =
    host.readDeclarations &&
    !request.loweredFromCSharp &&
    (request.trackerSnapshots !== false || typeCheckWarm());
  const typeDiagnostics =
    check && host.readDeclarations
      ? (typeCheckSnippet(request.code, host.readDeclarations, modelDeclarations(model)) ?? [])
      : [];
  if (typeDiagnostics.some((d) => d.severity === 'error')) {
    return stoppedRun(settings, compileStopReason(typeDiagnostics), [
      ...typeDiagnostics,
      ...transpiled.diagnostics,
    ]);
  }
  const diagnostics = typeDiagnostics.length
    ? [...transpiled.diagnostics, ...typeDiagnostics]
    : transpiled.diagnostics;
  let locator: SnippetLocator | null = null;
  let sim: Simulation | null = null;
  const stopSim = (reason: string) => {
    try {
      sim?.stop(reason);
    } catch {
      // stop() may throw its own stop signal to unwind the caller; the guard throws its own.
    }
  };
  const guard = createLoopGuard({
    now: host.now,
    limitMs: options.guardLimitMs ?? DEFAULT_GUARD_LIMIT_MS,
    onTrip: stopSim,
  });

  // The call-site marker the snippet set last (`__at(id)`), or -1: see callSiteMarkers.ts.
  let marker = -1;
  const markAt = (id: number): readonly unknown[] => {
    marker = id;
    return NO_ARGUMENTS;
  };
  const callSite = (source: CallSiteSource): CallSite | null => {
    const site = source !== 'stack' && marker >= 0 ? transpiled.sites[marker] : undefined;
    // A marker of the right kind in the snippet's top level, where the stack holds exactly one
    // snippet frame: this one. Anything else reads the stack.
    if (site?.main && site.kind === source) {
      const frame = { method: MAIN_METHOD, line: site.line, column: site.column };
      return { line: site.line, column: site.column, frames: [frame] };
    }
    return locator?.callSite() ?? null;
  };

  sim = await createSimulation({
    sql: host.sql,
    settings,
    model,
    callSite,
    resumed: () => {
      marker = -1;
    },
    yieldToHost: async () => {
      await host.yieldToHost();
      guard.markYield();
    },
    trackerSnapshots: request.trackerSnapshots ?? true,
    requests: request.concurrentRequests,
  });

  // Where each thrown non-Error was thrown (a string has no stack to read it from later).
  const primitiveSites = new Map<unknown, StackFrame[]>();
  const thrown = (value: unknown): unknown => {
    const frames = locator?.callSite()?.frames ?? [];
    if (value instanceof Error) {
      const carrier = value as Error & { userFrames?: StackFrame[] };
      if (!carrier.userFrames?.length && Object.isExtensible(value)) carrier.userFrames = frames;
    } else if (!(value instanceof LoopGuardStop)) {
      primitiveSites.set(value, frames);
    }
    return value;
  };

  const bindings = new Map<string, unknown>();
  for (const name of shadowedGlobals()) bindings.set(name, undefined);
  for (const [name, value] of FIXED_BINDINGS) bindings.set(name, value);
  // Only the globals the snippet mentions: the simulator builds some on first read.
  const mentioned = mentionedNames(transpiled);
  for (const name of Object.keys(sim.globals)) {
    if (mentioned === null || mentioned.has(name)) bindings.set(name, sim.globals[name]);
  }
  if (!bindings.has(HELPER_NAMES.flow)) bindings.set(HELPER_NAMES.flow, NO_FLOWS);
  bindings.set(HELPER_NAMES.guard, guard.guard);
  bindings.set(HELPER_NAMES.thrown, thrown);
  bindings.set(AT_HELPER, markAt);
  if (options.expose) bindings.set('__expose', options.expose);
  // C# snippets (lowered by src/csharp) call `__cs` for C# semantics: see csharpRuntime.ts.
  if (mentioned === null || mentioned.has(CSHARP_RUNTIME))
    bindings.set(
      CSHARP_RUNTIME,
      createCSharpRuntime(thrown, () => sim?.globals.Task as SimTaskApi | undefined),
    );

  let compiled: CompiledSnippet;
  try {
    ({ compiled, locator } = compiledFor(transpiled, [...bindings.keys()]));
  } catch (error) {
    const diagnostic = engineSyntaxDiagnostic(error);
    return stoppedRun(settings, syntaxStopReason([diagnostic]), [diagnostic]);
  }

  // The simulator hands each invocation its globals (in load mode, each request its own `db`).
  const body = async (globals: Record<string, unknown>) => {
    const values = [...bindings.keys()].map((name) => (name in globals ? globals[name] : bindings.get(name)));
    try {
      return await compiled.bind(values)();
    } catch (error) {
      // An engine error (TypeError, RangeError…) raised in snippet code: read its snippet frames.
      if (error instanceof Error && locator) {
        const carrier = error as Error & { userFrames?: StackFrame[] };
        if (!carrier.userFrames?.length && Object.isExtensible(error))
          carrier.userFrames = locator.framesOf(error.stack);
      }
      throw error;
    }
  };

  const onAbort = () => {
    guard.trip(CANCELLED_REASON);
    stopSim(CANCELLED_REASON);
  };
  options.signal?.addEventListener('abort', onAbort);
  const unsubscribe = host.onUnhandledRejection?.((reason) => sim?.reportUnhandledRejection(reason));
  let run: Run;
  try {
    run = await sim.run(body);
  } catch (error) {
    const reason =
      guard.tripped ??
      `Stopped: the simulator failed (${error instanceof Error ? error.message : String(error)}). This is a bug in the playground, not in your code.`;
    return stoppedRun(settings, reason, transpiled.diagnostics);
  } finally {
    unsubscribe?.();
    options.signal?.removeEventListener('abort', onAbort);
  }
  return withDotnetExceptions(finishRun(run, { guardStop: guard.tripped, primitiveSites, diagnostics }));
}

const mentionedCache = new WeakMap<TranspileResult, ReadonlySet<string> | null>();

/**
 * Every identifier-like word of the compiled JavaScript (strings and comments included: a
 * superset is harmless), or null when the snippet calls `eval`, which can name any global.
 */
function mentionedNames(transpiled: TranspileResult): ReadonlySet<string> | null {
  if (mentionedCache.has(transpiled)) return mentionedCache.get(transpiled) ?? null;
  const words = new Set(transpiled.js.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const result = words.has('eval') ? null : words;
  mentionedCache.set(transpiled, result);
  return result;
}

/**
 * The compiled snippet and its call-site locator, reused while the code and the global names
 * stay the same: `new Function` and parsing the source map are the costliest parts of a warm
 * run (batches run the same code thousands of times). Values are bound per run, so nothing of
 * one run leaks into the next.
 */
const compiledCache = new WeakMap<
  TranspileResult,
  { key: string; compiled: CompiledSnippet; locator: SnippetLocator }
>();

function compiledFor(
  transpiled: TranspileResult,
  names: string[],
): { compiled: CompiledSnippet; locator: SnippetLocator } {
  const key = names.join(',');
  const cached = compiledCache.get(transpiled);
  if (cached && cached.key === key) return cached;
  const compiled = compileSnippet(transpiled, names);
  const entry = {
    key,
    compiled,
    locator: createSnippetLocator(transpiled, compiled.url, compiled.firstLine),
  };
  compiledCache.set(transpiled, entry);
  return entry;
}

/** A Diagnostic for a SyntaxError only the JavaScript engine caught (e.g. `await` in a non-async function). */
function engineSyntaxDiagnostic(error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    message: `JavaScript rejected the code: ${message}`,
    line: 1,
    column: 1,
    endLine: 1,
    endColumn: 1,
  };
}

interface FinishInfo {
  guardStop: string | null;
  primitiveSites: Map<unknown, StackFrame[]>;
  diagnostics: Diagnostic[];
}

/** Adds what only the runner knows to the simulator's Run. */
function finishRun(run: Run, info: FinishInfo): Run {
  let result: Run = { ...run, diagnostics: info.diagnostics };
  if (info.guardStop !== null && result.outcome !== 'stopped') {
    result = { ...result, outcome: 'stopped', stopReason: info.guardStop };
  }
  const guardStop = info.guardStop;
  if (guardStop !== null) {
    // The guard's stop signal is not the snippet's exception: drop it wherever the simulator recorded it.
    const isSignal = (e: ExceptionInfo) => e.message.includes(guardStop);
    const trace = result.trace.filter((ev) => !(ev.type === 'exception' && isSignal(ev.exception)));
    result = {
      ...result,
      exception: result.exception && isSignal(result.exception) ? null : result.exception,
      unobserved: result.unobserved.filter((e) => !isSignal(e)),
      // `seq` stays dense (0, 1, 2, …) after dropping events.
      trace: trace.length === result.trace.length ? result.trace : trace.map((ev, seq) => ({ ...ev, seq })),
    };
  }
  if (info.primitiveSites.size === 0) return result;
  // The simulator saw a thrown string/number/object but not where it was thrown: fill the line in.
  const located = new Map<string, ExceptionInfo>();
  for (const [value, frames] of info.primitiveSites) {
    if (frames.length === 0) continue;
    const withSite = toExceptionInfo(value, frames);
    located.set(withSite.message, withSite);
  }
  const fix = (e: ExceptionInfo): ExceptionInfo => (e.line === null ? (located.get(e.message) ?? e) : e);
  return {
    ...result,
    exception: result.exception ? fix(result.exception) : null,
    unobserved: result.unobserved.map(fix),
    trace: result.trace.map((ev) => (ev.type === 'exception' ? { ...ev, exception: fix(ev.exception) } : ev)),
  };
}
