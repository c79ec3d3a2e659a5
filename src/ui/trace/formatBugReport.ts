/**
 * "Copy as bug report": a run as a self-contained markdown repro — lesson, the settings that
 * replay it (the simulator is deterministic: same code + latency + jitter + seed ⇒ same run),
 * the code, the outcome, the exception with its .NET stack, a text timeline and the SQL log.
 * Pure: the button adds a share link when it has one.
 */
import type { ExceptionInfo, Run } from '../../runner/types.ts';
import { explainRun } from './explainRun.ts';
import { fullTypeName } from './exceptionName.ts';
import { runVerdict } from '../../runner/verdict.ts';

export interface BugReportExtras {
  /** A share link that opens the same lesson, code and settings. */
  link?: string;
}

/** A code fence longer than any run of backticks in `text`, so the block cannot be cut short. */
function fence(text: string, lang = ''): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${text.replace(/\n+$/, '')}\n${ticks}`;
}

const ms = (t: number) => `${Math.round(t * 10) / 10}`;
const at = (line: number | null | undefined) => (line ? `line ${line}` : 'an unknown line');

function outcomeLine(run: Run): string {
  if (run.exception) return `threw ${run.exception.type} at ${at(run.exception.line)}`;
  if (run.outcome === 'stopped') return `stopped: ${run.stopReason ?? 'the run did not finish'}`;
  // The run's verdict: "completed" alone only when nothing failed anywhere.
  const verdict = runVerdict(run);
  return verdict.kind === 'clean'
    ? 'completed cleanly'
    : verdict.headline.replace(/^The run /, '').replace(/\.$/, '');
}

function exceptionBlock(ex: ExceptionInfo, title: string): string {
  return `### ${title}: ${fullTypeName(ex)} at ${at(ex.line)}\n\n${fence(ex.stack || `${fullTypeName(ex)}: ${ex.message}`)}`;
}

function pad(cells: string[], widths: number[]): string {
  return cells
    .map((c, i) => c.padEnd(widths[i]))
    .join('  ')
    .trimEnd();
}

/** One line per operation, in start order: when, where, what, and what it collided with. */
export function textTimeline(run: Run): string {
  const names = new Map(run.operations.map((o) => [o.id, o]));
  const header = ['time (ms)', 'context', 'op', 'method', 'line', 'status', 'note'];
  const rows = [...run.operations]
    .sort((a, b) => a.start - b.start || a.id - b.id)
    .map((o) => {
      const holder = o.collidedWith === null ? undefined : names.get(o.collidedWith);
      const note = holder ? `collided with #${holder.id} ${holder.name} (${at(holder.line)})` : '';
      const status = o.unobserved ? 'threw, unobserved' : o.status;
      return [
        `${ms(o.start)}–${ms(o.end)}`,
        `AppDb #${o.context}`,
        `#${o.id}`,
        o.name,
        o.line ? `L${o.line}` : '?',
        status,
        note,
      ];
    });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => r[i].length)));
  const contexts = run.contexts.map(
    (c) =>
      `AppDb #${c.id}: ${c.origin}, created at ${ms(c.createdAt)} ms${c.line ? ` (line ${c.line})` : ''}, ${c.disposedAt === null ? 'never disposed' : `disposed at ${ms(c.disposedAt)} ms`}`,
  );
  const ops = rows.length
    ? [pad(header, widths), ...rows.map((r) => pad(r, widths))]
    : ['(no database operations)'];
  return [...contexts, '', ...ops].join('\n');
}

export function formatBugReport(
  run: Run,
  code: string,
  lessonId: string | null,
  extras: BugReportExtras = {},
): string {
  const { latencyMs, jitterMs, seed, provider } = run.settings;
  const story = explainRun(run);
  const out: string[] = [
    `# DbContext Playground run: ${outcomeLine(run)}`,
    '',
    `- Lesson: \`${lessonId ?? '(none)'}\``,
    `- Run settings: provider ${provider ?? 'sqlserver'}, latency ${latencyMs} ms, jitter ${jitterMs} ms, seed ${seed}`,
    `- Outcome: ${outcomeLine(run)}; ${ms(run.durationMs)} ms of virtual time, ${run.operations.length} operation${run.operations.length === 1 ? '' : 's'}, ${run.contexts.length} context${run.contexts.length === 1 ? '' : 's'}`,
    ...(extras.link ? [`- Replay: [open this run in DbContext Playground](${extras.link})`] : []),
    '',
    'The simulator is deterministic: the same code with the same latency, jitter and seed gives the same run.',
    '',
    '## Code',
    '',
    fence(code, 'ts'),
    '',
    '## Outcome',
    '',
  ];
  if (story) out.push(story, '');
  if (run.exception) out.push(exceptionBlock(run.exception, 'Exception'), '');
  const verdict = runVerdict(run);
  verdict.failedRequests.forEach(
    (r) => r.exception && out.push(exceptionBlock(r.exception, `Request #${r.id} answered ${r.status}`), ''),
  );
  run.unobserved.forEach((ex, i) => out.push(exceptionBlock(ex, `Unobserved exception ${i + 1}`), ''));
  verdict.unseenCollisions.forEach(
    (c) =>
      c.exception &&
      out.push(exceptionBlock(c.exception, `Refused, and the run carried on (${c.op.name})`), ''),
  );
  if (!run.exception && run.unobserved.length === 0)
    out.push(
      run.outcome === 'stopped'
        ? `Run stopped: ${run.stopReason ?? 'the run did not finish.'}`
        : `No exception escaped. ${verdict.headline}`,
      '',
    );
  if (run.diagnostics.length)
    out.push(
      fence(
        run.diagnostics.map((d) => `${d.severity} at line ${d.line}:${d.column}: ${d.message}`).join('\n'),
      ),
      '',
    );
  out.push('## Timeline', '', fence(textTimeline(run)), '', '## SQL log', '');
  const sql = run.sql
    .map(
      (s) =>
        `-- ${ms(s.at)} ms, AppDb #${s.context}, conn #${s.connection}, ${s.rows} row${s.rows === 1 ? '' : 's'}\n${s.log}`,
    )
    .join('\n\n');
  out.push(sql ? fence(sql, 'sql') : 'No SQL was sent.', '');
  if (run.console.length) out.push('## Console', '', fence(run.console.join('\n')), '');
  return out.join('\n');
}
