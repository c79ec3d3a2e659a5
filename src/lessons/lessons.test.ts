/**
 * Every lesson, run headlessly: each starter must fail its goals the way its front matter says,
 * each solution must meet them (DESIGN.md §5). Runs the real runner + simulator in-process.
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runSnippet, type ExecuteHost } from '../runner/execute.ts';
import { createNodeExecuteHost } from '../runner/node/nodeHost.ts';
import { modelForLesson } from '../runner/lessonModel.ts';
import { DEFAULT_RUN_SETTINGS, type Run } from '../runner/types.ts';
import { evaluateGoal, evaluateGoals } from './goals.ts';
import { loadLessonsFromDisk } from './loadFromDisk.ts';
import { LESSON_PATH } from './path.ts';
import { csharpFor, lessonRunSettings, requiredGoalsMet } from './settings.ts';
import type { ExpectationCase, Lesson } from './types.ts';

const LESSONS_DIR = fileURLToPath(new URL('../../lessons', import.meta.url));
const lessons = loadLessonsFromDisk(fs, LESSONS_DIR);
const byId = new Map(lessons.map((l) => [l.id, l]));
/** The free-play lesson (its starter may already meet its goal). Lessons added later come after it. */
const isPlayground = (l: Lesson) => l.id.endsWith('-playground');

let hostPromise: Promise<ExecuteHost> | null = null;
function host(): Promise<ExecuteHost> {
  // The Node host as the CLI uses it (an un-awaited async function's failure is reported to the
  // run, not to the test runner), on the lesson models read here.
  hostPromise ??= createNodeExecuteHost().then((h) => ({
    ...h,
    resolveModel: (id: string) => modelForLesson(byId.get(id)),
  }));
  return hostPromise;
}

async function runFile(lesson: Lesson, code: string, c: ExpectationCase, seed?: number): Promise<Run> {
  const settings = lessonRunSettings(lesson, DEFAULT_RUN_SETTINGS, {
    ...c.settings,
    ...(seed !== undefined ? { seed } : {}),
  });
  return runSnippet({ code, settings, lesson: lesson.id, trackerSnapshots: false }, await host());
}

function codeOf(lesson: Lesson, stem: string): string {
  return stem === 'starter' ? lesson.starter : lesson.solutions.find((s) => s.name === stem)!.code;
}

function describeRun(run: Run): string {
  const e = run.exception
    ? `${run.exception.type} at line ${run.exception.line}: ${run.exception.message.slice(0, 90)}`
    : 'none';
  return [
    `outcome ${run.outcome}${run.stopReason ? ` (${run.stopReason})` : ''}, exception: ${e}`,
    `unobserved: ${run.unobserved.map((u) => `${u.type}@${u.line}`).join(', ') || 'none'}`,
    `operations: ${run.operations.map((o) => `${o.name}@${o.line}[ctx${o.context} ${o.start}-${o.end} ${o.status}]`).join(' ')}`,
    `console: ${JSON.stringify(run.console)}`,
    ...run.diagnostics.map((d) => `diagnostic line ${d.line}: ${d.message}`),
  ].join('\n      ');
}

/** Failures of one run against one case's meets/fails/checks. */
function checkRun(lesson: Lesson, c: ExpectationCase, run: Run): string[] {
  const problems: string[] = [];
  const results = new Map(evaluateGoals(lesson.goals, run).map((r) => [r.id, r]));
  for (const id of c.meets)
    if (!results.get(id)!.met) problems.push(`should meet "${id}" but: ${results.get(id)!.detail}`);
  for (const id of c.fails)
    if (results.get(id)!.met) problems.push(`should fail "${id}" but it is met: ${results.get(id)!.detail}`);
  for (const check of c.checks) {
    const r = evaluateGoal(check, run);
    if (!r.met) problems.push(`check ${JSON.stringify(stripIds(check))} not met: ${r.detail}`);
  }
  return problems;
}

function stripIds(goal: object): object {
  const { id: _id, text: _text, ...rest } = goal as Record<string, unknown>;
  return rest;
}

describe('lesson content', () => {
  it('has every lesson folder on the learning path exactly once, numbered 1..n, each complete', () => {
    const folders = fs.readdirSync(LESSONS_DIR).filter((d) => /^\d\d-/.test(d));
    expect([...LESSON_PATH].sort()).toEqual(folders.sort());
    expect(new Set(LESSON_PATH).size).toBe(LESSON_PATH.length);
    expect(lessons.map((l) => l.id)).toEqual(LESSON_PATH);
    expect(lessons.map((l) => l.order)).toEqual(lessons.map((_, i) => i + 1));
    // Symptoms first: the missing await and "works on my machine" early, the playground last.
    const at = (id: string) => LESSON_PATH.indexOf(id);
    expect(at('03-missing-await')).toBeLessThan(3);
    expect(at('07-works-on-my-machine')).toBeLessThan(3);
    expect(LESSON_PATH.at(-1)).toBe('14-playground');
    for (const l of lessons) {
      expect(l.markdown.length, l.id).toBeGreaterThan(200);
      expect(csharpFor(l, 'starter').trim().length, l.id).toBeGreaterThan(50);
      // Every file has its runnable C# twin (conformance runs both on real EF Core and the simulator).
      expect(Object.keys(l.csharp).sort(), l.id).toEqual(
        ['starter', ...l.solutions.map((s) => s.name)].sort(),
      );
      expect(l.goals.filter((g) => !g.optional).length, `${l.id} needs a required goal`).toBeGreaterThan(0);
      expect(l.solutions.length, `${l.id} needs a solution`).toBeGreaterThan(0);
    }
  });

  it('lists fixes in rank order ("Fix 1", "Fix 2", …)', () => {
    for (const l of lessons) {
      const numbers = l.solutions.map((s) => /^Fix (\d+)/.exec(s.title)?.[1]).filter((n) => n !== undefined);
      expect(numbers, l.id).toEqual(numbers.map((_, i) => String(i + 1)));
    }
  });

  it('asks a prediction before the first run in every lesson but the playground', () => {
    for (const l of lessons.filter((x) => !isPlayground(x))) expect(l.predict, l.id).toBeDefined();
  });

  it('points expectations at lines that exist and hold code', () => {
    for (const l of lessons) {
      for (const [stem, exp] of Object.entries(l.expectations)) {
        const lines = codeOf(l, stem).split('\n');
        for (const c of exp.cases) {
          for (const check of c.checks) {
            const spec =
              check.exception ??
              check.raises ??
              check.unobserved ??
              (typeof check.collision === 'object' ? check.collision : undefined) ??
              (typeof check.identityConflict === 'object' ? check.identityConflict : undefined);
            const line = spec?.line;
            if (line === undefined) continue;
            const text = lines[line - 1] ?? '';
            expect(
              text.trim().length > 0 && !text.trim().startsWith('//'),
              `${l.id}/${stem}.ts line ${line}: "${text}"`,
            ).toBe(true);
          }
        }
      }
    }
  });
});

describe.each(lessons.map((l) => [l.id, l] as const))(
  'lesson %s runs as its front matter says',
  (_id, lesson) => {
    it.each(Object.keys(lesson.expectations))('%s', async (stem) => {
      const code = codeOf(lesson, stem);
      const problems: string[] = [];
      let requiredMetSomewhere = false;
      for (const [i, c] of lesson.expectations[stem].cases.entries()) {
        const label = `case ${i + 1}${c.settings ? ` ${JSON.stringify(c.settings)}` : ''}`;
        const seeds = c.seeds ? Array.from({ length: c.seeds }, (_, k) => k + 1) : [undefined];
        const flakyMet = new Map(c.flaky.map((id) => [id, { met: 0, missed: 0 }]));
        for (const seed of seeds) {
          const run = await runFile(lesson, code, c, seed);
          const found = checkRun(lesson, c, run);
          if (found.length)
            problems.push(
              `${label}${seed !== undefined ? ` seed ${seed}` : ''}:\n    ${found.join('\n    ')}\n      ${describeRun(run)}`,
            );
          const results = evaluateGoals(lesson.goals, run);
          if (requiredGoalsMet(results)) requiredMetSomewhere = true;
          for (const r of results) {
            const f = flakyMet.get(r.id);
            if (f) f[r.met ? 'met' : 'missed']++;
          }
        }
        for (const [id, f] of flakyMet) {
          if (f.met === 0 || f.missed === 0)
            problems.push(
              `${label}: "${id}" should be flaky over ${c.seeds} seeds, but was met ${f.met} times and missed ${f.missed}`,
            );
        }
      }
      // A variant (the starter's bug written another way) is held to the starter's rule.
      const likeStarter = stem === 'starter' || lesson.expectations[stem].variant === true;
      if (likeStarter && requiredMetSomewhere && !isPlayground(lesson)) {
        // A starter must not already complete the lesson (except under settings the goals reject).
        problems.push(
          `the ${stem === 'starter' ? 'starter' : 'variant'} meets every required goal in some case`,
        );
      }
      if (!likeStarter && !requiredMetSomewhere)
        problems.push('no case of this solution meets every required goal');
      expect(problems, `lessons/${lesson.id}/${stem}.ts`).toEqual([]);
    });
  },
);

// `npm run -s scenario -- lessons/NN-slug/starter.ts --lesson NN-slug` prints the outcome the
// front matter expects: the CLI's JSON agrees with the run the checks above assert on.
describe('the CLI on every starter', async () => {
  const { main } = await import('../cli.ts');
  const { createChildHost } = await import('../runner/node/childHost.ts');
  // One locked-down run thread for all of them (the CLI starts one per invocation).
  const host = createChildHost();
  afterAll(() => host.dispose());
  for (const lesson of lessons) {
    it(`${lesson.id}: scenario --lesson prints the expected outcome`, async () => {
      const out: string[] = [];
      const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), isTty: false };
      const code = await main([`lessons/${lesson.id}/starter.ts`, '--lesson', lesson.id, '--json'], io, host);
      expect(code).toBe(0);
      const printed = JSON.parse(out.join(''));
      const run = await runFile(lesson, lesson.starter, { meets: [], fails: [], checks: [], flaky: [] });
      expect(printed.outcome).toBe(run.outcome);
      expect(printed.exception?.type ?? null).toBe(run.exception?.type ?? null);
      expect(printed.exception?.line ?? null).toBe(run.exception?.line ?? null);
      const expected = lesson.expectations.starter?.cases[0]?.checks.find((c) => c.exception)?.exception;
      if (expected)
        expect(printed.exception).toMatchObject({
          type: expected.type,
          ...(expected.line ? { line: expected.line } : {}),
        });
    }, 90_000);
  }
});
