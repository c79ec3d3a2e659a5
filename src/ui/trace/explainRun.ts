/**
 * The "what happened" paragraph of the Exception panel, generated from the trace: which operation
 * held the context, which one collided, at which lines — or the identity conflict, the disposed
 * context, the unobserved failure. Returns null for a clean run.
 */
import type { Run } from '../../runner/types.ts';
import { indexOps } from './describeEvent.ts';
import { keyProperties, visibleKey } from '../../runner/sensitiveData.ts';

const line = (l: number | null | undefined) => (l ? `line ${l}` : 'an unknown line');
const ms = (t: number) => `${Math.round(t * 10) / 10} ms`;

export function explainRun(run: Run): string | null {
  const ops = indexOps(run);
  const refused = sqlClientRefusal(run, ops);
  if (refused) return refused;
  const collision = run.trace.find((e) => e.type === 'collision');
  if (collision && collision.type === 'collision') {
    const failing = ops.get(collision.op);
    const holder = ops.get(collision.holder);
    const total = run.trace.filter((e) => e.type === 'collision' && e.context === collision.context).length;
    // A stream holds the context only during each MoveNextAsync, not for its whole loop.
    const stretches = heldStretches(run, collision.context, collision.holder);
    const holderEnd = !holder
      ? ''
      : stretches.length > 1
        ? ` ${holder.name} is a stream: it holds the context only while MoveNextAsync fetches rows (${stretches.length} stretches between ${ms(stretches[0].start)} and ${ms(stretches[stretches.length - 1].end)}), and this collision hit the stretch ${ms(stretchAt(stretches, collision.t).start)}–${ms(stretchAt(stretches, collision.t).end)}. Between rows the context is free.`
        : ` It kept the context until ${ms(stretches[0]?.end ?? holder.end)}.`;
    const more =
      total > 1 ? ` ${total - 1} more operation${total > 2 ? 's' : ''} collided the same way.` : '';
    return (
      `AppDb #${collision.context} was busy: ${holder?.name ?? 'an operation'} (${line(holder?.line ?? collision.holderLine)}) ` +
      `had started a database round-trip and still held the context when ${failing?.name ?? 'another operation'} ` +
      `(${line(failing?.line ?? collision.line)}) started on the same context at ${ms(collision.t)}. ` +
      `A DbContext allows one operation at a time, so EF Core's concurrency detector threw InvalidOperationException ` +
      `on the second operation.${holderEnd}${more} Await each operation before starting the next, or give each ` +
      `concurrent operation its own context (IDbContextFactory).`
    );
  }
  const conflict = run.trace.find((e) => e.type === 'identity-conflict');
  if (conflict && conflict.type === 'identity-conflict') {
    // The key's values only when EF Core's message shows them (sensitive data logging on).
    const key = visibleKey(conflict);
    const which = key
      ? `with key ${key}`
      : `with the same value for ${keyProperties(conflict.key)} (EF Core hides the value: sensitive data logging is off)`;
    return (
      `AppDb #${conflict.context} already tracked ${/^[AEIOU]/.test(conflict.entity) ? 'an' : 'a'} ${conflict.entity} ${which}` +
      `${conflict.trackedLine ? ` (from ${line(conflict.trackedLine)})` : ''} when ${line(conflict.line)} tried to track ` +
      `another instance with the same key. A context's identity map holds one instance per key, so EF Core threw ` +
      `InvalidOperationException. Update the tracked instance, or use a fresh or no-tracking context.`
    );
  }
  const ex = run.exception ?? run.unobserved[0] ?? null;
  if (!ex)
    return run.outcome === 'stopped' && run.stopReason ? `The run was stopped: ${run.stopReason}` : null;
  const op = ex.operation != null ? ops.get(ex.operation) : undefined;
  if (ex.type === 'ObjectDisposedException' && op) {
    const info = run.contexts.find((c) => c.id === op.context);
    return (
      `${op.name} (${line(op.line)}) ran on AppDb #${op.context}` +
      `${info?.disposedAt != null ? `, which had been disposed at ${ms(info.disposedAt)}` : ' after it was disposed'}. ` +
      `Work that outlives its scope (a task nobody awaited, a fire-and-forget call) must create its own context.`
    );
  }
  const unobserved = !run.exception && run.unobserved.length > 0;
  return (
    `${unobserved ? 'Nobody awaited the task that failed: ' : ''}${ex.type} at ${line(ex.line)}` +
    `${op ? ` in ${op.name} on AppDb #${op.context}` : ''}: ${ex.message}` +
    `${unobserved ? ' In .NET this failure would vanish silently; here it is recorded as unobserved.' : ''}`
  );
}

/**
 * SQL Server without MARS: the detector let the command through, the driver refused it
 * (src/sim/provider.ts). Explained first, because it is the exception the run ended with.
 */
function sqlClientRefusal(run: Run, ops: ReturnType<typeof indexOps>): string | null {
  const ex = run.exception;
  if (!ex || !/open DataReader|does not support MultipleActiveResultSets/.test(ex.message)) return null;
  const op = ex.operation != null ? ops.get(ex.operation) : undefined;
  const what = ex.message.includes('DataReader')
    ? 'another operation of the same context still had its data reader open (a stream between rows)'
    : 'another command of the same context was still executing';
  return (
    `${op?.name ?? 'An operation'} (${line(ex.line)}) sent a command on AppDb #${op?.context ?? '?'}'s connection while ` +
    `${what}. EF Core's concurrency detector did not object, but SQL Server without MARS runs one command per ` +
    `connection, so SqlClient threw InvalidOperationException. Finish the first operation before starting the next ` +
    `(materialize a stream with ToListAsync), give the second its own context, or turn on MultipleActiveResultSets.`
  );
}

/** When `op` held the context's detector: one stretch for most operations, one per MoveNextAsync for a stream. */
function heldStretches(run: Run, context: number, op: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let open: number | null = null;
  for (const ev of run.trace) {
    if (
      (ev.type !== 'detector-enter' && ev.type !== 'detector-exit') ||
      ev.context !== context ||
      ev.op !== op
    )
      continue;
    if (ev.type === 'detector-enter') open = ev.t;
    else if (open !== null) {
      out.push({ start: open, end: ev.t });
      open = null;
    }
  }
  if (open !== null) out.push({ start: open, end: run.durationMs });
  return out;
}

function stretchAt(stretches: { start: number; end: number }[], t: number): { start: number; end: number } {
  return stretches.find((s) => s.start <= t && t <= s.end) ?? stretches[0];
}
