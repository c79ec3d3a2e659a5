/**
 * Lesson goals: small checks that the simulator's Run decides. Pure functions over a Run; the app
 * evaluates them on the learner's edits, the lesson test on the shipped files.
 *
 * ## Goal vocabulary (lesson.md front matter, `goals:`)
 *
 * Each goal is a YAML map with `id` (kebab-case, unique in the lesson), `text` (what the
 * checklist shows), optionally `optional: true` (a comparison or bonus goal, not needed to
 * finish the lesson) and `requires:` (run settings the check only counts under, see below),
 * plus EXACTLY ONE matcher key:
 *
 * | matcher | met when |
 * |---|---|
 * | `outcome: ok \| threw \| stopped` | the run ended that way |
 * | `noException: true` | nothing failed anywhere: no exception escaped, none unobserved, no operation threw |
 * | `exception: { type, line?, messageIncludes? }` | the exception that escaped the snippet matches |
 * | `raises: { type, line?, messageIncludes? }` | an exception matching was raised anywhere (escaped, unobserved, or an operation that threw and was caught) |
 * | `unobserved: { type, line?, messageIncludes? }` | an exception nobody awaited matches |
 * | `noUnobserved: true` | no exception went unobserved |
 * | `collision: true \| { line? }` | the ConcurrencyDetector fired (at that line: the operation that was refused) |
 * | `noCollision: true` | the detector never fired |
 * | `identityConflict: true \| { entity?, line? }` | the identity map refused a second instance |
 * | `noIdentityConflict: true` | it never did |
 * | `minOverlap: { count, distinctContexts? }` | at some instant at least `count` database operations were in flight (on `count` distinct contexts when `distinctContexts: true`) |
 * | `maxOverlap: { count, distinctContexts? }` | never more than `count` in flight at once |
 * | `maxOverlapOnOneContext: N` | never more than N database operations in flight on one context (a refused operation counts at the instant it was refused) |
 * | `maxDurationMs: T` / `minDurationMs: T` | total virtual time of the run |
 * | `maxContexts: N` / `minContexts: N` | contexts that ran at least one operation |
 * | `maxConnections: N` / `minConnections: N` | distinct database connections that ran a command |
 * | `minOperations: N \| { count, kind? }` | at least N operations ran (of that kind: query, save, find, raw, tracking; without `kind`, disposals do not count) |
 * | `updateColumns: { table, columns: [..] }` | at least one UPDATE of `table` ran, and every UPDATE of it set exactly these columns (order ignored) |
 * | `sqlIncludes: "text"` | a logged command (SQL text or its parameters) contains the text |
 * | `sqlExcludes: "text"` | no logged command contains it |
 * | `sqlCount: { includes, min?, max? }` | the number of commands containing `includes` is within bounds |
 * | `consoleIncludes: "text"` | a console line contains the text |
 * | `consoleExcludes: "text"` | no console line contains it |
 *
 * A "database operation" is a query, SaveChanges, Find or raw SQL that reached the database
 * (it had a connection) or that the detector refused. `type` matches the .NET short name
 * (`InvalidOperationException`; a `System.` prefix is ignored).
 *
 * `requires: { minLatencyMs?, maxLatencyMs?, minJitterMs?, provider? }`: the goal is met only on runs with
 * such settings, e.g. "no exception under production latency" is not proven by a run at 2 ms.
 */
import type { ExceptionInfo, Run, SqlEntry } from '../sim/trace.ts';
import type { Provider } from '../sim/provider.ts';
import { runVerdict } from '../runner/verdict.ts';
import {
  collisionsOf,
  conflictsOf,
  connectionsOf,
  peakOverlap,
  peakOverlapOnOneContext,
  unique,
  updatesOf,
  usedContexts,
} from './runFacts.ts';

// The run facts stay importable from here, where callers found them first.
export {
  collisionsOf,
  conflictsOf,
  connectionsOf,
  databaseOperations,
  peakOverlap,
  peakOverlapOnOneContext,
  updatesOf,
  usedContexts,
} from './runFacts.ts';

export interface ExceptionSpec {
  type: string;
  line?: number;
  messageIncludes?: string;
}

export interface OverlapSpec {
  count: number;
  distinctContexts?: boolean;
}

/** The matcher part of a goal: exactly one key set. */
export interface GoalMatcher {
  outcome?: 'ok' | 'threw' | 'stopped';
  noException?: true;
  exception?: ExceptionSpec;
  raises?: ExceptionSpec;
  unobserved?: ExceptionSpec;
  noUnobserved?: true;
  collision?: true | { line?: number };
  noCollision?: true;
  identityConflict?: true | { entity?: string; line?: number };
  noIdentityConflict?: true;
  minOverlap?: OverlapSpec;
  maxOverlap?: OverlapSpec;
  maxOverlapOnOneContext?: number;
  maxDurationMs?: number;
  minDurationMs?: number;
  maxContexts?: number;
  minContexts?: number;
  maxConnections?: number;
  minConnections?: number;
  minOperations?: number | { count: number; kind?: string };
  updateColumns?: { table: string; columns: string[] };
  sqlIncludes?: string;
  sqlExcludes?: string;
  sqlCount?: { includes: string; min?: number; max?: number };
  consoleIncludes?: string;
  consoleExcludes?: string;
}

export type MatcherKey = keyof GoalMatcher;

export const MATCHER_KEYS: readonly MatcherKey[] = [
  'outcome',
  'noException',
  'exception',
  'raises',
  'unobserved',
  'noUnobserved',
  'collision',
  'noCollision',
  'identityConflict',
  'noIdentityConflict',
  'minOverlap',
  'maxOverlap',
  'maxOverlapOnOneContext',
  'maxDurationMs',
  'minDurationMs',
  'maxContexts',
  'minContexts',
  'maxConnections',
  'minConnections',
  'minOperations',
  'updateColumns',
  'sqlIncludes',
  'sqlExcludes',
  'sqlCount',
  'consoleIncludes',
  'consoleExcludes',
];

export interface GoalRequires {
  minLatencyMs?: number;
  maxLatencyMs?: number;
  minJitterMs?: number;
  /**
   * Only counts on runs with this provider, or one of these ("no exception on SQL Server without
   * MARS"; "on a provider where async queries can overlap", which SQLite is not).
   */
  provider?: Provider | Provider[];
}

export interface Goal extends GoalMatcher {
  id: string;
  text: string;
  optional?: boolean;
  requires?: GoalRequires;
}

export interface GoalResult {
  id: string;
  text: string;
  met: boolean;
  /** Why, in a sentence the checklist can show ("Threw InvalidOperationException at line 9"). */
  detail: string;
  optional: boolean;
}

type Check = { met: boolean; detail: string };

/** Evaluates each goal on a finished run. Pure: same goals + same run ⇒ same results. */
export function evaluateGoals(goals: Goal[], run: Run): GoalResult[] {
  return goals.map((goal) => {
    const { met, detail } = goal.optional ? evaluateComparison(goal, run) : evaluateGoal(goal, run);
    return { id: goal.id, text: goal.text, met, detail, optional: goal.optional === true };
  });
}

/** Evaluates one goal (or one inline check). */
export function evaluateGoal(goal: GoalMatcher & { requires?: GoalRequires }, run: Run): Check {
  // A stopped run (syntax error, runaway loop, cap, cancel) proves nothing: no goal is met by it.
  if (run.outcome === 'stopped')
    return { met: false, detail: `The run stopped: ${run.stopReason ?? 'no reason given'}` };
  const check = evaluateMatcher(goal, run);
  const unmet = goal.requires ? unmetRequirement(goal.requires, run) : null;
  if (unmet) return { met: false, detail: `${unmet} (${check.detail})` };
  return check;
}

/**
 * An optional goal compares one working fix with another ("Compare: the run takes at most 40 ms"):
 * a run that failed proves nothing about it, however fast it failed.
 */
function evaluateComparison(goal: Goal, run: Run): Check {
  const check = evaluateGoal(goal, run);
  const verdict = runVerdict(run);
  if (!check.met || !verdict.failed) return check;
  return { met: false, detail: `Only counts on a run that works; this one failed (${verdict.label})` };
}

function unmetRequirement(req: GoalRequires, run: Run): string | null {
  const { latencyMs, jitterMs, provider } = run.settings;
  const wanted = req.provider === undefined ? null : [req.provider].flat();
  if (wanted && !wanted.includes(provider ?? 'sqlserver'))
    return `Only counts with provider ${wanted.join(' or ')}; this run used ${provider ?? 'sqlserver'}`;
  if (req.minLatencyMs !== undefined && latencyMs < req.minLatencyMs)
    return `Only counts with latency ≥ ${req.minLatencyMs} ms; this run used ${latencyMs} ms`;
  if (req.maxLatencyMs !== undefined && latencyMs > req.maxLatencyMs)
    return `Only counts with latency ≤ ${req.maxLatencyMs} ms; this run used ${latencyMs} ms`;
  if (req.minJitterMs !== undefined && jitterMs < req.minJitterMs)
    return `Only counts with jitter ≥ ${req.minJitterMs} ms; this run used ${jitterMs} ms`;
  return null;
}

function evaluateMatcher(g: GoalMatcher, run: Run): Check {
  if (g.outcome !== undefined) {
    return { met: run.outcome === g.outcome, detail: `The run ended ${describeOutcome(run)}` };
  }
  if (g.noException) {
    const all = allExceptions(run);
    if (all.length === 0) return { met: true, detail: 'No exception anywhere' };
    return { met: false, detail: `${describeException(all[0].info)}${all[0].where}` };
  }
  if (g.exception) {
    const e = run.exception;
    if (!e) return { met: false, detail: `No exception escaped (${describeOutcome(run)})` };
    return { met: matchesException(e, g.exception), detail: describeException(e) };
  }
  if (g.raises) {
    const spec = g.raises;
    const all = allExceptions(run);
    const hit = all.find((x) => matchesException(x.info, spec));
    if (hit) return { met: true, detail: `${describeException(hit.info)}${hit.where}` };
    return {
      met: false,
      detail: all.length
        ? `Raised instead: ${all.map((x) => describeException(x.info)).join('; ')}`
        : 'No exception was raised',
    };
  }
  if (g.unobserved) {
    const spec = g.unobserved;
    const hit = run.unobserved.find((e) => matchesException(e, spec));
    if (hit) return { met: true, detail: `Unobserved: ${describeException(hit)}` };
    return {
      met: false,
      detail: run.unobserved.length
        ? `Unobserved instead: ${run.unobserved.map(describeException).join('; ')}`
        : 'No unobserved exception',
    };
  }
  if (g.noUnobserved) {
    return run.unobserved.length === 0
      ? { met: true, detail: 'No unobserved exception' }
      : { met: false, detail: `Unobserved: ${run.unobserved.map(describeException).join('; ')}` };
  }
  if (g.collision !== undefined || g.noCollision) {
    const collisions = collisionsOf(run);
    const line = typeof g.collision === 'object' ? g.collision.line : undefined;
    const matching = line === undefined ? collisions : collisions.filter((c) => c.line === line);
    const detail = collisions.length
      ? `The detector refused ${collisions.length} operation(s), at line(s) ${unique(collisions.map((c) => c.line)).join(', ')}`
      : 'The detector never fired';
    return { met: g.noCollision ? collisions.length === 0 : matching.length > 0, detail };
  }
  if (g.identityConflict !== undefined || g.noIdentityConflict) {
    const conflicts = conflictsOf(run);
    const spec = typeof g.identityConflict === 'object' ? g.identityConflict : {};
    const matching = conflicts.filter(
      (c) =>
        (spec.entity === undefined || c.entity === spec.entity) &&
        (spec.line === undefined || c.line === spec.line),
    );
    const detail = conflicts.length
      ? `Identity conflict: ${conflicts.map((c) => `${c.entity}${c.shownKey ? ` ${c.shownKey}` : ''} at line ${c.line ?? '?'}`).join('; ')}`
      : 'No identity conflict';
    return { met: g.noIdentityConflict ? conflicts.length === 0 : matching.length > 0, detail };
  }
  if (g.minOverlap || g.maxOverlap) {
    const spec = (g.minOverlap ?? g.maxOverlap)!;
    const peak = peakOverlap(run.operations, spec.distinctContexts === true);
    const what = spec.distinctContexts ? 'distinct contexts' : 'database operations';
    const detail = `At most ${peak} ${what} were busy at the same time`;
    return { met: g.minOverlap ? peak >= spec.count : peak <= spec.count, detail };
  }
  if (g.maxOverlapOnOneContext !== undefined) {
    const peak = peakOverlapOnOneContext(run.operations);
    return {
      met: peak <= g.maxOverlapOnOneContext,
      detail: `At most ${peak} operation(s) in flight on one context`,
    };
  }
  if (g.maxDurationMs !== undefined)
    return { met: run.durationMs <= g.maxDurationMs, detail: `The run took ${run.durationMs} ms (virtual)` };
  if (g.minDurationMs !== undefined)
    return { met: run.durationMs >= g.minDurationMs, detail: `The run took ${run.durationMs} ms (virtual)` };
  if (g.maxContexts !== undefined || g.minContexts !== undefined) {
    const n = usedContexts(run).length;
    const met = g.maxContexts !== undefined ? n <= g.maxContexts : n >= g.minContexts!;
    return { met, detail: `${n} context(s) ran operations` };
  }
  if (g.maxConnections !== undefined || g.minConnections !== undefined) {
    const n = connectionsOf(run).length;
    const met = g.maxConnections !== undefined ? n <= g.maxConnections : n >= g.minConnections!;
    return { met, detail: `${n} connection(s) ran commands` };
  }
  if (g.minOperations !== undefined) {
    const spec = typeof g.minOperations === 'number' ? { count: g.minOperations } : g.minOperations;
    const ops = run.operations.filter((o) =>
      spec.kind === undefined ? o.kind !== 'dispose' : o.kind === spec.kind,
    );
    return {
      met: ops.length >= spec.count,
      detail: `${ops.length} ${spec.kind ? `${spec.kind} ` : ''}operation(s) ran`,
    };
  }
  if (g.updateColumns) {
    const { table, columns } = g.updateColumns;
    const updates = updatesOf(run.sql, table);
    if (updates.length === 0) return { met: false, detail: `No UPDATE of "${table}" ran` };
    const want = [...columns].sort().join(', ');
    const got = updates.map((cols) => [...cols].sort().join(', '));
    return {
      met: got.every((x) => x === want),
      detail: `UPDATE "${table}" set ${unique(got)
        .map((x) => `(${x})`)
        .join(' and ')}`,
    };
  }
  if (g.sqlIncludes !== undefined || g.sqlExcludes !== undefined) {
    const needle = (g.sqlIncludes ?? g.sqlExcludes)!;
    const n = run.sql.filter((s) => sqlHaystack(s).includes(needle)).length;
    const detail = n
      ? `${n} command(s) contain ${JSON.stringify(needle)}`
      : `No command contains ${JSON.stringify(needle)}`;
    return { met: g.sqlIncludes !== undefined ? n > 0 : n === 0, detail };
  }
  if (g.sqlCount) {
    const { includes, min, max } = g.sqlCount;
    const n = run.sql.filter((s) => sqlHaystack(s).includes(includes)).length;
    return {
      met: (min === undefined || n >= min) && (max === undefined || n <= max),
      detail: `${n} command(s) contain ${JSON.stringify(includes)}`,
    };
  }
  if (g.consoleIncludes !== undefined || g.consoleExcludes !== undefined) {
    const needle = (g.consoleIncludes ?? g.consoleExcludes)!;
    const hit = run.console.find((l) => l.includes(needle));
    const detail =
      hit !== undefined
        ? `Console: ${JSON.stringify(hit)}`
        : `No console line contains ${JSON.stringify(needle)}`;
    return { met: g.consoleIncludes !== undefined ? hit !== undefined : hit === undefined, detail };
  }
  return { met: false, detail: 'Goal has no matcher' };
}

// ---------------------------------------------------------------------------------------------
// Helpers over the Run (exported for tests and the UI's explanations)

export function normalizeType(type: string): string {
  return type.startsWith('System.') ? type.slice('System.'.length) : type;
}

export function matchesException(e: ExceptionInfo, spec: ExceptionSpec): boolean {
  if (normalizeType(e.type) !== normalizeType(spec.type)) return false;
  if (spec.line !== undefined && e.line !== spec.line) return false;
  if (spec.messageIncludes !== undefined && !e.message.includes(spec.messageIncludes)) return false;
  return true;
}

function describeException(e: ExceptionInfo): string {
  return `${normalizeType(e.type)}${e.line !== null ? ` at line ${e.line}` : ''}`;
}

function describeOutcome(run: Run): string {
  if (run.outcome === 'threw' && run.exception) return `with ${describeException(run.exception)}`;
  if (run.outcome === 'stopped') return `stopped${run.stopReason ? `: ${run.stopReason}` : ''}`;
  return run.outcome;
}

/** Every exception the run saw: escaped first, then unobserved, then those of failed operations. */
export function allExceptions(run: Run): { info: ExceptionInfo; where: string }[] {
  const out: { info: ExceptionInfo; where: string }[] = [];
  if (run.exception) out.push({ info: run.exception, where: ' (not caught)' });
  for (const e of run.unobserved) out.push({ info: e, where: ' (unobserved)' });
  for (const ev of run.trace) {
    if (ev.type === 'op-end' && ev.status === 'threw' && ev.exception)
      out.push({ info: ev.exception, where: ' (caught)' });
    // e.g. a simulated request that failed (answered 500): logged by the host, not rethrown.
    if (ev.type === 'exception')
      out.push({ info: ev.exception, where: ev.unobserved ? ' (unobserved)' : ' (handled)' });
  }
  // An operation's exception may also be the escaped or unobserved one: keep the first sighting.
  const seen = new Set<string>();
  return out.filter((x) => {
    const key = `${x.info.type}|${x.info.line}|${x.info.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function sqlHaystack(s: SqlEntry): string {
  return `${s.text}\n${s.parameters}\n${s.log}`;
}
