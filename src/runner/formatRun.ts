/**
 * Run → text, for people (the CLI's timeline) and for scripts (DESIGN.md §4's `--json` object,
 * exactly those keys). Pure: no process, no colors unless asked.
 */
import { stopKind, type StopKind } from './stopKind.ts';
import type { BatchSummary, ExceptionInfo, Run, TraceEvent } from './types.ts';
import { runVerdict, type VerdictKind } from './verdict.ts';

/** The CLI's `--json` object (DESIGN.md §4 contract): only these keys. */
export interface CliRunJson {
  outcome: Run['outcome'];
  exception: CliExceptionJson | null;
  unobserved: CliExceptionJson[];
  contexts: { id: number; createdAt: number; disposedAt: number | null }[];
  operations: {
    id: number;
    context: number;
    name: string;
    line: number | null;
    start: number;
    end: number;
    status: 'ok' | 'threw';
  }[];
  /** `parameters` as EF Core logs them: `@customerId='?' (DbType = Int32)`. */
  sql: { at: number; context: number; parameters: string; text: string; failed: boolean }[];
  console: string[];
  /** Each context's tracked entries when it was disposed (or when the run ended): raw states. */
  entries: { context: number; entity: string; key: unknown; state: string }[];
  durationMs: number;
  /** The database provider the run simulated (`sqlserver`, `sqlserver-mars`, `sqlite`). */
  provider: string;
  /** Why the run stopped (`outcome: "stopped"`), else null: the message and its name. */
  stopReason: string | null;
  stoppedBy: StopKind | null;
  /** The run's one verdict (verdict.ts), the same the app shows: its kind, whether it failed, its sentence. */
  verdict: { kind: VerdictKind; failed: boolean; headline: string };
}

/** An exception, with the name of the EF Core operation that raised it when one did (`ToListAsync`). */
export interface CliExceptionJson {
  type: string;
  message: string;
  line: number | null;
  operation: string | null;
}

export function toCliJson(run: Run): CliRunJson {
  const brief = (e: ExceptionInfo): CliExceptionJson => ({
    type: e.type,
    message: e.message,
    line: e.line,
    operation: run.operations.find((o) => o.id === e.operation)?.name ?? null,
  });
  return {
    outcome: run.outcome,
    exception: run.exception ? brief(run.exception) : null,
    unobserved: run.unobserved.map(brief),
    contexts: run.contexts.map((c) => ({ id: c.id, createdAt: c.createdAt, disposedAt: c.disposedAt })),
    operations: run.operations.map((o) => ({
      id: o.id,
      context: o.context,
      name: o.name,
      line: o.line,
      start: o.start,
      end: o.end,
      status: o.status,
    })),
    sql: run.sql.map((s) => ({
      at: s.at,
      context: s.context,
      parameters: s.parameters,
      text: s.text,
      failed: s.failed ?? false,
    })),
    console: [...run.console],
    entries: run.contexts.flatMap((c) =>
      (c.finalEntries ?? []).map((e) => ({ context: c.id, entity: e.entity, key: e.key, state: e.state })),
    ),
    durationMs: run.durationMs,
    provider: run.settings.provider,
    stopReason: run.outcome === 'stopped' ? (run.stopReason ?? null) : null,
    stoppedBy: stopKind(run),
    verdict: (({ kind, failed, headline }) => ({ kind, failed, headline }))(runVerdict(run)),
  };
}

export interface FormatOptions {
  /** ANSI colors (collisions and failures in red). */
  color?: boolean;
}

interface Paint {
  bad(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

function painter(color: boolean): Paint {
  const wrap = (code: string) => (text: string) => (color ? `\x1b[${code}m${text}\x1b[0m` : text);
  return { bad: wrap('31;1'), dim: wrap('2'), bold: wrap('1') };
}

const time = (t: number) => `t=${String(Math.round(t)).padStart(5)}ms`;
const where = (line: number | null) => (line === null ? '' : `  line ${line}`);

/** One timeline line for the events worth reading; null for the rest. */
function eventLine(ev: TraceEvent, names: Map<number, string>, paint: Paint): string | null {
  const at = time(ev.t);
  switch (ev.type) {
    case 'context-created':
      return `${at}  ctx#${ev.context}  created (${ev.origin})${where(ev.line)}`;
    case 'context-disposed':
      return `${at}  ctx#${ev.context}  disposed${where(ev.line)}`;
    case 'op-start':
      return `${at}  ctx#${ev.context}  ${ev.name}${where(ev.line)}  ${paint.dim('start')}`;
    case 'op-end': {
      const status = ev.status === 'ok' ? 'ok' : paint.bad(`threw ${ev.exception?.type ?? ''}`.trim());
      return `${at}  ctx#${ev.context}  ${names.get(ev.op) ?? `op ${ev.op}`}${where(ev.line)}  ${status}`;
    }
    case 'collision':
      return paint.bad(
        `${at}  ctx#${ev.context}  COLLISION: ${names.get(ev.op) ?? `op ${ev.op}`}${where(ev.line)} while ${names.get(ev.holder) ?? `op ${ev.holder}`}` +
          `${ev.holderLine === null ? '' : ` (line ${ev.holderLine})`} held the context`,
      );
    case 'identity-conflict':
      return paint.bad(
        `${at}  ctx#${ev.context}  IDENTITY CONFLICT: ${ev.entity} ${ev.key}${where(ev.line)}`,
      );
    case 'exception':
      return paint.bad(
        `${at}  ${ev.unobserved ? 'unobserved ' : ''}${ev.exception.type}${where(ev.exception.line)}`,
      );
    case 'run-end':
      return `${at}  run ended: ${ev.outcome}${ev.reason ? ` (${ev.reason})` : ''}`;
    default:
      return null;
  }
}

export function formatRunText(run: Run, options: FormatOptions = {}): string {
  const paint = painter(options.color ?? false);
  const out: string[] = [];
  const { latencyMs, jitterMs, seed, provider } = run.settings;
  out.push(
    paint.bold(`Run: ${run.outcome}`) +
      `  (${run.durationMs} ms simulated; ${provider}, latency ${latencyMs} ms, jitter ${jitterMs} ms, seed ${seed})`,
  );
  if (run.stopReason) out.push(run.stopReason);
  // The run's one verdict, in the app's words (unless the stop reason above already said it).
  const verdict = runVerdict(run);
  if (verdict.kind !== 'stopped') out.push(verdict.failed ? paint.bad(verdict.headline) : verdict.headline);
  for (const d of run.diagnostics)
    out.push(`${d.severity} at line ${d.line}, column ${d.column}: ${d.message}`);

  const names = new Map<number, string>();
  for (const ev of run.trace) if (ev.type === 'op-start') names.set(ev.op, ev.name);
  const timeline = run.trace.map((ev) => eventLine(ev, names, paint)).filter((l): l is string => l !== null);
  if (timeline.length) out.push('', paint.bold('Timeline'), ...timeline);

  if (run.sql.length) {
    out.push('', paint.bold('SQL'));
    for (const s of run.sql) out.push(`${time(s.at)}  ctx#${s.context}  ${s.log.replace(/\n/g, '\n      ')}`);
  }
  if (run.console.length) out.push('', paint.bold('Console'), ...run.console);
  if (run.exception)
    out.push(
      '',
      paint.bold('Exception'),
      paint.bad(run.exception.stack || `${run.exception.type}: ${run.exception.message}`),
    );
  if (run.unobserved.length) {
    out.push('', paint.bold('Unobserved exceptions'));
    for (const e of run.unobserved) out.push(e.stack || `${e.type}: ${e.message}`);
  }
  return out.join('\n') + '\n';
}

export function formatBatchText(summary: BatchSummary): string {
  const pct = (summary.failureRate * 100).toFixed(1);
  const out = [
    `Runs: ${summary.runs}  failures: ${summary.failures} (${pct}%)`,
    `Outcomes: ok ${summary.outcomes.ok}, threw ${summary.outcomes.threw}, stopped ${summary.outcomes.stopped}`,
  ];
  if (summary.byException.length) {
    out.push('', 'count  exception');
    for (const g of summary.byException)
      out.push(`${String(g.count).padStart(5)}  ${g.type}${g.line === null ? '' : ` at line ${g.line}`}`);
  }
  if (summary.failingSeeds.length) {
    const shown = summary.failingSeeds.slice(0, 20).join(', ');
    out.push('', `Failing seeds: ${shown}${summary.failingSeeds.length > 20 ? ', …' : ''}`);
  }
  return out.join('\n') + '\n';
}
