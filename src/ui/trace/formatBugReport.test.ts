import { describe, expect, it } from 'vitest';
import { collisionRun, factoryRun } from '../../state/fixtures/fixtureRuns.ts';
import { formatBugReport, textTimeline } from './formatBugReport.ts';

const CODE =
  'const [a, b] = await Promise.all([\n  db.Customers.ToListAsync(),\n  db.Orders.CountAsync(),\n]);';

describe('formatBugReport', () => {
  it('carries everything needed to replay the run', () => {
    const md = formatBugReport(collisionRun(), CODE, '02-parallel-dashboard', { link: 'http://x/#v1/abc' });
    expect(md).toContain('# DbContext Playground run: threw InvalidOperationException');
    expect(md).toContain('- Lesson: `02-parallel-dashboard`');
    expect(md).toContain('- Run settings: provider sqlserver, latency 30 ms, jitter 0 ms, seed 1');
    expect(md).toContain('- Replay: [open this run in DbContext Playground](http://x/#v1/abc)');
    expect(md).toContain('```ts\n' + CODE + '\n```');
    expect(md).toContain('### Exception: System.InvalidOperationException');
    expect(md).toContain(
      '   at Microsoft.EntityFrameworkCore.Infrastructure.Internal.ConcurrencyDetector.EnterCriticalSection()',
    );
    expect(md).toContain('## SQL log');
    expect(md).toContain('SELECT "c"."Id"');
  });

  it('lists operations with context, line, times, status and collisions', () => {
    const lines = textTimeline(collisionRun()).split('\n');
    expect(lines[0]).toMatch(/^AppDb #1: injected, created at 0 ms/);
    const table = lines.slice(lines.indexOf('') + 1);
    expect(table[0]).toMatch(/^time \(ms\)\s+context\s+op\s+method\s+line\s+status\s+note$/);
    expect(table[1]).toMatch(/^0–30\s+AppDb #1\s+#1\s+ToListAsync\s+L4\s+ok$/);
    expect(table[2]).toMatch(/threw\s+collided with #1 ToListAsync \(line 4\)$/);
  });

  it('says so when nothing threw, and never lets the code close its fence', () => {
    const md = formatBugReport(factoryRun(), 'const s = `a ``` b`;', null);
    expect(md).toContain('No exception escaped. The run completed cleanly.');
    expect(md).toContain('- Lesson: `(none)`');
    expect(md).toContain('````ts\nconst s = `a ``` b`;\n````');
  });
});
