/** `npm run -s scenario -- file.cs [--json]`: the CLI picks the C# front end by extension. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'scenario-cs-'));
function file(name: string, code: string): string {
  const path = join(dir, name);
  writeFileSync(path, code);
  return path;
}

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false });
  return { code, stdout, stderr };
}

const CS =
  'var a = db.Orders.ToListAsync();\nvar b = await db.Customers.ToListAsync();\nConsole.WriteLine(b.Count);';
const TS =
  'const a = db.Orders.ToListAsync();\nconst b = await db.Customers.ToListAsync();\nconsole.log(b.length);';

describe('scenario CLI with a .cs file', () => {
  it('--json: the same JSON shape as for TypeScript, lines pointing at the C#', async () => {
    const fromCs = await cli(file('collision.cs', CS), '--json');
    const fromTs = await cli(file('collision.ts', TS), '--json');
    expect(fromCs.code).toBe(0);
    const [cs, ts] = [JSON.parse(fromCs.stdout), JSON.parse(fromTs.stdout)];
    expect(Object.keys(cs)).toEqual(Object.keys(ts));
    expect(cs.exception).toMatchObject({ type: 'InvalidOperationException', line: 2 });
    expect(cs.operations.map((o: { line: number }) => o.line)).toEqual(
      ts.operations.map((o: { line: number }) => o.line),
    );
  });

  it('prints the text timeline', async () => {
    const result = await cli(file('text.cs', 'Console.WriteLine("hello");'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('hello');
  });

  it('a construct outside the subset: exit 1, the error on its line, nothing run', async () => {
    const result = await cli(file('bad.cs', 'var x = 1;\nvar g = Guid.NewGuid();'), '--json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/bad\.cs:2:\d+: error: `Guid.NewGuid\(\)` is not supported yet/);
  });

  it('runs a lesson twin with the lesson model (--lesson)', async () => {
    const result = await cli(
      'lessons/13-across-contexts/solution-concurrency-token.cs',
      '--lesson',
      '13-across-contexts',
      '--json',
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).console.at(-1)).toMatch(/^Both changes kept/);
  });
});
