/**
 * `npm run conformance`: every pair (lesson files and their C# twins, conformance/scenarios)
 * through the simulator and through real EF Core 10 (the .NET oracle), compared field by field;
 * then each C# file a second time, through the C# front end (src/csharp) on the simulator, against
 * the same EF Core result with the same comparison (id `…/NAME.cs`; known front-end gaps:
 * conformance/gaps/front-end.md). Both runs are counted. Prints one line per mismatch and ends
 * with `N passed, N failed`. Exit code 1 when any failed.
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
import { lowerCSharp } from '../../src/csharp/lower.ts';
import { loadNodeCSharpParser } from '../../src/csharp/node/nodeParser.ts';
import { collectPairs, type Pair } from './collectPairs.ts';
import { compareRuns } from './compareRuns.ts';
import { frontEndGaps } from './frontEndGaps.ts';
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
const parser = await loadNodeCSharpParser();
let passed = 0;
let failed = 0;
let gapped = 0;
const gaps = frontEndGaps(root);
const showGaps = args.includes('--gaps');

function report(id: string, problems: string[]): void {
  if (problems.length === 0) {
    passed++;
    console.log(`✓ ${id}`);
  } else {
    failed++;
    for (const p of problems) console.log(`✗ ${id}: ${p}`);
  }
}

/** What the oracle said about a pair's C#: its result, or the problems that stop any comparison. */
function oracleResult(pair: Pair): { ef?: Record<string, unknown>; problems: string[] } {
  const ef = oracle.get(pair.id);
  if (!pair.cs)
    return { problems: [`no C# twin: ${relative(root, pair.ts).replace(/\.ts$/, '.cs')} is missing`] };
  if (!ef) return { problems: ['the oracle printed nothing for it'] };
  if (ef.error) return { problems: [`the oracle failed: ${ef.error.split('\n')[0]}`] };
  if (ef.result && 'compileErrors' in ef.result)
    return { problems: [`C# does not compile: ${(ef.result.compileErrors as string[]).join('; ')}`] };
  return { ef: ef.result, problems: [] };
}

/**
 * The same C# file through the C# front end (src/csharp) and the simulator, compared with real
 * EF Core by the same compareRuns as the TypeScript file: every field, nothing relaxed.
 */
async function runThroughFrontEnd(pair: Pair & { cs: string }): Promise<Record<string, unknown> | string> {
  const lowered = lowerCSharp(parser, nodeFs.readFileSync(pair.cs, 'utf8'));
  const errors = lowered.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length)
    return `the C# front end cannot lower it: ${errors.map((d) => `${d.line}: ${d.message}`).join('; ')}`;
  const run = await host.run({
    code: lowered.code,
    settings: settingsOf(pair),
    loweredFromCSharp: true,
    ...(pair.lesson ? { lesson: pair.lesson } : {}),
  });
  return toCliJson(run) as unknown as Record<string, unknown>;
}

try {
  for (const pair of pairs) {
    const run = await host.run({
      code: nodeFs.readFileSync(pair.ts, 'utf8'),
      settings: settingsOf(pair),
      ...(pair.lesson ? { lesson: pair.lesson } : {}),
    });
    const sim = toCliJson(run) as unknown as Record<string, unknown>;
    const { ef, problems } = oracleResult(pair);
    report(pair.id, ef ? compareRuns(sim, ef) : problems);
    if (!pair.cs || !ef) {
      if (showId)
        console.log(JSON.stringify({ simulator: sim, efCore: oracle.get(pair.id) ?? null }, null, 2));
      continue;
    }
    // The C# file a second time: through the front end (the oracle's result is the same).
    const csId = `${pair.id}.cs`;
    const fromCs = await runThroughFrontEnd({ ...pair, cs: pair.cs });
    const csProblems = typeof fromCs === 'string' ? [fromCs] : compareRuns(fromCs, ef);
    if (showId) console.log(JSON.stringify({ simulator: sim, frontEnd: fromCs, efCore: ef }, null, 2));
    const gap = gaps.get(pair.id);
    if (gap && !showGaps) {
      // A recorded gap (conformance/gaps/front-end.md): reported, not counted; a gap that now
      // passes is a failure, so the list cannot go stale.
      if (csProblems.length === 0)
        report(csId, [`passes but is listed in conformance/gaps/front-end.md: remove it`]);
      else {
        gapped++;
        console.log(`- ${csId}: known front-end gap (${gap})`);
      }
      continue;
    }
    report(csId, csProblems);
  }
} finally {
  host.dispose();
}
console.log(
  `\nconformance: ${pairs.length} pairs (${jobs.length} through real EF Core, each C# file also through the C# front end${gapped ? `; ${gapped} known front-end gaps` : ''}) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
