/** Plain-language text for each trace event: the events table, the narration, the caption. */
import type { OperationInfo, Run, TraceEvent } from '../../runner/types.ts';
import { keyProperties, visibleKey } from '../../runner/sensitiveData.ts';

export type OpIndex = Map<number, OperationInfo>;

export function indexOps(run: Run): OpIndex {
  return new Map(run.operations.map((o) => [o.id, o]));
}

const ctx = (id: number) => `AppDb #${id}`;
const at = (line: number | null | undefined) => (line ? ` (line ${line})` : '');

function opName(ops: OpIndex, id: number): string {
  const o = ops.get(id);
  return o ? `${o.name}${at(o.line)}` : `operation ${id}`;
}

/** One sentence for an event; `verdict` (the run's, src/runner/verdict.ts) ends the run-end event's. */
export function describeEvent(ev: TraceEvent, ops: OpIndex, verdict?: string): string {
  switch (ev.type) {
    case 'run-start':
      return `Run started (${ev.provider ?? 'sqlserver'}, latency ${ev.latencyMs} ms, jitter ${ev.jitterMs} ms, seed ${ev.seed})`;
    case 'flow-start':
      return `Flow ${ev.flow} started: ${ev.label}`;
    case 'flow-end':
      return `Flow ${ev.flow} ${ev.status === 'ok' ? 'finished' : 'ended with an exception'}`;
    case 'context-created':
      return `${ctx(ev.context)} created (${ev.origin})`;
    case 'context-disposed':
      return `${ctx(ev.context)} disposed`;
    case 'op-start':
      return `${ev.name}${at(ev.line)} started on ${ctx(ev.context)}`;
    case 'op-end':
      return ev.status === 'ok'
        ? `${opName(ops, ev.op)} completed${ev.summary ? `: ${ev.summary}` : ''}`
        : `${opName(ops, ev.op)} threw ${ev.exception?.type ?? 'an exception'}`;
    case 'detector-enter':
      return `${opName(ops, ev.op)} took ${ctx(ev.context)} (concurrency detector entered)`;
    case 'detector-exit':
      return `${opName(ops, ev.op)} released ${ctx(ev.context)}`;
    case 'collision':
      return `Collision: ${opName(ops, ev.op)} started while ${opName(ops, ev.holder)} held ${ctx(ev.context)}`;
    case 'identity-conflict':
      return `Identity conflict: ${ctx(ev.context)} already tracks ${ev.entity} ${visibleKey(ev) ?? `with the same ${keyProperties(ev.key)}`}${ev.trackedLine ? ` (tracked at line ${ev.trackedLine})` : ''}`;
    case 'connection-open':
      return `Connection #${ev.connection} opened for ${ctx(ev.context)}`;
    case 'connection-close':
      return `Connection #${ev.connection} closed`;
    case 'command':
      return `SQL command sent for ${opName(ops, ev.op)} (${ev.durationMs} ms)`;
    case 'transaction':
      return `Transaction ${ev.action} on ${ctx(ev.context)}`;
    case 'state-change':
      return `${ev.entity} ${ev.key}: ${ev.from} → ${ev.to}`;
    case 'tracker':
      return `Change tracker of ${ctx(ev.context)}: ${ev.entries.length} ${ev.entries.length === 1 ? 'entry' : 'entries'}`;
    case 'console':
      return `console.${ev.level}: ${ev.text}`;
    case 'exception':
      return `${ev.unobserved ? 'Unobserved exception' : 'Exception escaped the snippet'}: ${ev.exception.type}${at(ev.exception.line)}`;
    case 'run-end':
      return verdict
        ? `Run ended: ${verdict}`
        : `Run ended: ${ev.outcome}${ev.reason ? ` — ${ev.reason}` : ''}`;
  }
}

/** Events worth a row in the timeline's text view and a step in narration (all of them today). */
export function contextOf(ev: TraceEvent): number | null {
  return 'context' in ev ? ev.context : null;
}
