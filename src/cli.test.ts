import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './cli.ts';
import { CliUsageError, parseCliArgs } from './runner/cliArgs.ts';
import { createChildHost } from './runner/node/childHost.ts';

const dir = mkdtempSync(join(tmpdir(), 'scenario-'));
function snippet(name: string, code: string): string {
  const path = join(dir, name);
  writeFileSync(path, code);
  return path;
}

// One locked-down run thread for the in-process calls (the CLI starts one per invocation; the
// process test below does).
const host = createChildHost();
afterAll(() => host.dispose());

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(
    argv,
    { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false },
    host,
  );
  return { code, stdout, stderr };
}

const collision = snippet(
  'collision.ts',
  'const a = db.Orders.ToListAsync();\nconst b = await db.Customers.ToListAsync();\nconsole.log(b.length);',
);

describe('parseCliArgs', () => {
  it('parses every flag', () => {
    expect(
      parseCliArgs([
        'f.ts',
        '--seed',
        '4',
        '--latency=10',
        '--jitter',
        '5',
        '--lesson',
        '01-x',
        '--json',
        '--runs',
        '20',
        '--provider',
        'sqlite',
      ]),
    ).toEqual({
      file: 'f.ts',
      settings: { seed: 4, latencyMs: 10, jitterMs: 5, provider: 'sqlite' },
      explicit: { seed: 4, latencyMs: 10, jitterMs: 5, provider: 'sqlite' },
      lesson: '01-x',
      json: true,
      runs: 20,
      noColor: false,
    });
  });

  it('a lesson run starts from the lesson settings; flags override them', async () => {
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), isTty: false };
    await main(
      ['lessons/07-works-on-my-machine/starter.ts', '--lesson', '07-works-on-my-machine', '--json'],
      io,
      host,
    );
    expect(JSON.parse(out.join('')).outcome).toBe('ok');
    out.length = 0;
    await main(
      [
        'lessons/07-works-on-my-machine/starter.ts',
        '--lesson',
        '07-works-on-my-machine',
        '--latency',
        '30',
        '--json',
      ],
      io,
      host,
    );
    expect(JSON.parse(out.join('')).outcome).toBe('threw');
  });

  it('rejects unknown flags, missing values and non-integers', () => {
    expect(() => parseCliArgs(['f.ts', '--sed', '1'])).toThrow(CliUsageError);
    expect(() => parseCliArgs(['f.ts', '--seed'])).toThrow(/--seed needs a value/);
    expect(() => parseCliArgs(['f.ts', '--latency', 'fast'])).toThrow(/must be an integer/);
    expect(() => parseCliArgs(['--json'])).toThrow(/no snippet file/);
    expect(() => parseCliArgs(['a.ts', 'b.ts'])).toThrow(/one snippet file at a time/);
  });
});

describe('scenario CLI', () => {
  it('--json prints exactly the DESIGN §4 keys, plus the final entry states conformance compares and the provider', async () => {
    const { code, stdout, stderr } = await cli(collision, '--json');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'outcome',
      'exception',
      'unobserved',
      'contexts',
      'operations',
      'sql',
      'console',
      'entries',
      'durationMs',
      'provider',
      'stopReason',
      'stoppedBy',
      'verdict',
    ]);
    expect(json.outcome).toBe('threw');
    expect(json.exception).toEqual({
      type: 'InvalidOperationException',
      message: expect.stringContaining('A second operation'),
      line: 2,
      operation: expect.any(String),
    });
    expect(Object.keys(json.contexts[0])).toEqual(['id', 'createdAt', 'disposedAt']);
    expect(json.operations.map((o: Record<string, unknown>) => Object.keys(o).join())).toEqual([
      'id,context,name,line,start,end,status',
      'id,context,name,line,start,end,status',
    ]);
    expect(json.operations.map((o: { name: string; status: string }) => `${o.name}:${o.status}`)).toEqual([
      'ToListAsync:threw',
      'ToListAsync:threw',
    ]);
    expect(Object.keys(json.sql[0])).toEqual(['at', 'context', 'parameters', 'text', 'failed']);
  });

  it('rejects an unknown --provider', () => {
    expect(() => parseCliArgs(['f.ts', '--provider', 'oracle'])).toThrow(
      /--provider must be one of sqlserver, sqlserver-mars, sqlite/,
    );
  });

  it('--provider sqlite: the parallel queries no longer collide, and --json says which provider ran', async () => {
    const { stdout } = await cli(collision, '--provider', 'sqlite', '--json');
    const json = JSON.parse(stdout);
    expect(json.provider).toBe('sqlite');
    expect(json.outcome).toBe('ok');
  });

  it('prints a text timeline with the collision and the .NET-style stack', async () => {
    const { code, stdout } = await cli(collision, '--latency', '50');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Run: threw {2}\(50 ms simulated; sqlserver, latency 50 ms/);
    expect(stdout).toMatch(
      /t= {4}0ms {2}ctx#1 {2}COLLISION: ToListAsync {2}line 2 while ToListAsync \(line 1\) held the context/,
    );
    // The request ended (and disposed its context) while line 1's query was on the wire: it fails
    // when its round-trip completes, and nobody observes it (real EF Core 10 does the same).
    expect(stdout).toMatch(/t= {3}50ms {2}ctx#1 {2}ToListAsync {2}line 1 {2}threw InvalidOperationException/);
    expect(stdout).toMatch(/t= {3}50ms {2}unobserved InvalidOperationException {2}line 1/);
    expect(stdout).toContain('System.InvalidOperationException: A second operation');
    expect(stdout).toContain('at Snippet.<Main>() in snippet.ts:line 2');
  });

  it('--runs N prints a BatchSummary', async () => {
    const { code, stdout } = await cli(collision, '--runs', '3', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      runs: 3,
      failures: 3,
      failureRate: 1,
      outcomes: { ok: 0, threw: 3, stopped: 0 },
      byException: [{ type: 'InvalidOperationException', line: 2, count: 3 }],
      failingSeeds: [1, 2, 3],
    });
  });

  it('fails with a clear message for a bad path, a bad flag, an unknown lesson, a syntax error', async () => {
    expect(await cli(join(dir, 'missing.ts'))).toMatchObject({
      code: 2,
      stdout: '',
      stderr: expect.stringContaining('no such file'),
    });
    expect(await cli(collision, '--fast')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown flag --fast'),
    });
    expect(await cli(collision, '--lesson', 'no-such-lesson')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('unknown lesson'),
    });
    const broken = snippet('broken.ts', 'const a = 1;\nconst b = ;');
    const result = await cli(broken, '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('broken.ts:2:11: error: Expression expected.');
    expect(result.stderr).toContain('Fix the syntax error on line 2 first');
  });

  it('exits 0 as a process when the snippet throws (npm run scenario)', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', collision, '--json'], {
      encoding: 'utf8',
    });
    expect(JSON.parse(out).outcome).toBe('threw');
  }, 120_000);
});
