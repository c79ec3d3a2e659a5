/**
 * `npm run conformance`: every pair (lesson files and their C# twins, conformance/scenarios)
 * through the simulator and through real EF Core 10 (the .NET oracle), compared field by field.
 * Prints one line per mismatch and ends with `N passed, N failed`. Exit code 1 when any failed.
 *
 *   npm run conformance                 all pairs
 *   npm run conformance -- find save    only pairs whose id contains one of these words
 *   npm run conformance -- --show ID    both JSON results of one pair, for debugging
 *   npm run conformance -- --gaps       also the known gaps (conformance/gaps/README.md)
 */
import * as nodeFs from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { defaultModel } from '../../src/sim/data/model.ts';
import type { ModelDef } from '../../src/sim/data/modelTypes.ts';
import { createNodeHost, lessonModelFromDisk } from '../../src/runner/node/nodeHost.ts';
import { toCliJson } from '../../src/runner/formatRun.ts';
import { DEFAULT_RUN_SETTINGS } from '../../src/runner/types.ts';
import { loadLessonFromDisk } from '../../src/lessons/loadFromDisk.ts';
import { lessonRunSettings } from '../../src/lessons/settings.ts';
import { collectPairs, type Pair } from './collectPairs.ts';
import { compareRuns } from './compareRuns.ts';
import { exportModels } from './exportModels.ts';
import { buildOracle, runOracle, type OracleJob } from './runOracle.ts';

const root = resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const showId = args[0] === '--show' ? args[1] : null;
const filters = showId ? [showId] : args.filter((a) => !a.startsWith('--'));

const all = collectPairs(root, { gaps: args.includes('--gaps') });
const pairs = all.filter((p) => filters.length === 0 || filters.some((f) => p.id.includes(f)));

// Models: the default, and each lesson's own (a lesson that patches the model gets its own key).
const models = new Map<string, ModelDef>();
const modelKeyOf = (pair: Pair): string => {
  if (!pair.lesson) return 'default';
  const model = lessonModelFromDisk(pair.lesson);
  if (!model || model === defaultModel) return 'default';
  models.set(pair.lesson, model);
  return pair.lesson;
};

function settingsOf(pair: Pair) {
  const base = pair.lesson
    ? lessonRunSettings(loadLessonFromDisk(nodeFs, join(root, 'lessons'), pair.lesson), DEFAULT_RUN_SETTINGS)
    : DEFAULT_RUN_SETTINGS;
  // The oracle is real EF Core on SQLite: with its latency interceptor it stands for a networked
  // database that allows several readers per connection (`sqlserver-mars`); without it
  // (`provider=sqlite`), for SQLite as it is. SQL Server's no-MARS refusal is SqlClient's and
  // cannot be checked here (src/sim/provider.ts).
  const provider = (pair.provider ?? base.provider) === 'sqlite' ? 'sqlite' : 'sqlserver-mars';
  return {
    ...base,
    ...(pair.latencyMs !== undefined ? { latencyMs: pair.latencyMs } : {}),
    jitterMs: 0,
    provider,
  } as const;
}

const started = Date.now();
const jobs: OracleJob[] = [];
for (const pair of pairs) {
  const model = modelKeyOf(pair);
  if (pair.cs) {
    const { latencyMs, provider } = settingsOf(pair);
    jobs.push({ id: pair.id, file: pair.cs, model, latencyMs, provider });
  }
}
const modelsDir = join(root, 'conformance', '.build', 'models');
const modelKeys = await exportModels(modelsDir, models);
const dll = buildOracle(root);
const oracle = runOracle(dll, modelsDir, modelKeys, jobs);

const host = createNodeHost();
let passed = 0;
let failed = 0;
try {
  for (const pair of pairs) {
    const problems: string[] = [];
    const settings = settingsOf(pair);
    const run = await host.run({
      code: nodeFs.readFileSync(pair.ts, 'utf8'),
      settings,
      ...(pair.lesson ? { lesson: pair.lesson } : {}),
    });
    const sim = toCliJson(run) as unknown as Record<string, unknown>;
    const ef = oracle.get(pair.id);
    if (!pair.cs) problems.push(`no C# twin: ${relative(root, pair.ts).replace(/\.ts$/, '.cs')} is missing`);
    else if (!ef) problems.push('the oracle printed nothing for it');
    else if (ef.error) problems.push(`the oracle failed: ${ef.error.split('\n')[0]}`);
    else if (ef.result && 'compileErrors' in ef.result)
      problems.push(`C# does not compile: ${(ef.result.compileErrors as string[]).join('; ')}`);
    else if (ef.result) problems.push(...compareRuns(sim, ef.result));
    if (showId) {
      console.log(JSON.stringify({ simulator: sim, efCore: ef?.result ?? ef }, null, 2));
    }
    if (problems.length === 0) {
      passed++;
      console.log(`✓ ${pair.id}`);
    } else {
      failed++;
      for (const p of problems) console.log(`✗ ${pair.id}: ${p}`);
    }
  }
} finally {
  host.dispose();
}
console.log(
  `\nconformance: ${pairs.length} pairs (${jobs.length} through real EF Core) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
