/**
 * The pairs conformance runs: every lesson file (`starter.ts`, `solution-*.ts`) with its C# twin
 * beside it, and every `conformance/scenarios/NAME.ts` with `NAME.cs`. A scenario's settings come
 * from a header line in its `.ts` file: `// @conformance lesson=13-across-contexts latency=30`, and
 * `provider=sqlite` for real SQLite with no latency interceptor (the simulator's `sqlite` provider).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isProvider, type Provider } from '../../src/runner/types.ts';

export interface Pair {
  /** `02-parallel-dashboard/starter` or `scenarios/find-hit`. */
  id: string;
  ts: string;
  /** The C# twin; null when it is missing (a failure of its own). */
  cs: string | null;
  lesson?: string;
  latencyMs?: number;
  provider?: Provider;
}

function header(file: string): Partial<Pair> {
  const line = readFileSync(file, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('// @conformance'));
  const out: Partial<Pair> = {};
  for (const [, key, value] of line?.matchAll(/(\w+)=(\S+)/g) ?? []) {
    if (key === 'lesson') out.lesson = value;
    if (key === 'latency') out.latencyMs = Number(value);
    if (key === 'provider' && isProvider(value)) out.provider = value;
  }
  return out;
}

export function collectPairs(root: string, options: { gaps?: boolean } = {}): Pair[] {
  const pairs: Pair[] = [];
  const lessonsDir = join(root, 'lessons');
  for (const lesson of readdirSync(lessonsDir).sort()) {
    const dir = join(lessonsDir, lesson);
    if (!existsSync(join(dir, 'lesson.md'))) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!/^(starter|solution-[\w-]+)\.ts$/.test(file)) continue;
      const cs = join(dir, file.replace(/\.ts$/, '.cs'));
      pairs.push({
        id: `${lesson}/${basename(file, '.ts')}`,
        ts: join(dir, file),
        cs: existsSync(cs) ? cs : null,
        lesson,
      });
    }
  }
  // conformance/gaps: known differences (its README), run only when asked.
  for (const folder of options.gaps ? ['scenarios', 'gaps'] : ['scenarios']) {
    const dir = join(root, 'conformance', folder);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.ts')) continue;
      const ts = join(dir, file);
      const cs = ts.replace(/\.ts$/, '.cs');
      pairs.push({
        id: `${folder}/${basename(file, '.ts')}`,
        ts,
        cs: existsSync(cs) ? cs : null,
        ...header(ts),
      });
    }
  }
  return pairs;
}
