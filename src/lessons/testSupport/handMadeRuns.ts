/**
 * Hand-made Runs for unit tests of goal evaluation (no simulator needed). Test-only helper.
 */
import type { ExceptionInfo, OperationInfo, Run, SqlEntry, TraceEvent } from '../../sim/trace.ts';

export function exceptionInfo(type: string, line: number | null, message = `${type} message`): ExceptionInfo {
  return { type, message, line, stack: `System.${type}: ${message}` };
}

export function op(
  p: Partial<OperationInfo> & Pick<OperationInfo, 'id' | 'context' | 'start' | 'end'>,
): OperationInfo {
  return {
    name: 'ToListAsync',
    kind: 'query',
    line: 1,
    flow: 1,
    status: 'ok',
    unobserved: false,
    connection: p.context,
    collidedWith: null,
    ...p,
  };
}

export function sql(text: string, p: Partial<SqlEntry> = {}): SqlEntry {
  return {
    at: 0,
    context: 1,
    connection: 1,
    op: 1,
    text,
    parameters: '',
    log: `Executed DbCommand (30ms) [Parameters=[${p.parameters ?? ''}], CommandType='Text', CommandTimeout='30']\n${text}`,
    durationMs: 30,
    rows: 1,
    ...p,
  };
}

export function makeRun(p: Partial<Run> = {}): Run {
  const operations = p.operations ?? [];
  return {
    outcome: 'ok',
    exception: null,
    unobserved: [],
    contexts: [],
    operations,
    sql: [],
    console: [],
    durationMs: Math.max(0, ...operations.map((o) => o.end)),
    stopReason: null,
    settings: { latencyMs: 30, jitterMs: 0, seed: 1, provider: 'sqlserver' },
    trace: [],
    requests: [],
    diagnostics: [],
    ...p,
  };
}

let seq = 0;
export function ev(e: Record<string, unknown>): TraceEvent {
  return { seq: seq++, t: 0, line: null, flow: 1, ...e } as TraceEvent;
}
