/**
 * Turns the files of one `lessons/NN-slug/` folder into a {@link Lesson}. Pure: the caller reads
 * the files (Vite's import.meta.glob in the app, fs in Node). Every error names the file and
 * the field, so a typo in front matter fails the lesson test with a message a writer can act on.
 *
 * Front matter of lesson.md (YAML between `---` lines):
 *
 * ```yaml
 * title: Parallel queries on one context
 * summary: One sentence for the lesson list.
 * settings: { latencyMs: 30, jitterMs: 0, seed: 1 }    # optional: the run settings the lesson opens with
 * model:                                               # optional: additions to the default model
 *   addProperties: [{ entity: Order, name: Version, type: int, default: 1, concurrencyToken: true }]
 * predict: { question: ..., options: [..], answer: 1, explanation: ... }
 * goals: [ { id: no-exception, text: ..., noException: true }, ... ]   # vocabulary: goals.ts
 * hints: [ ..., ... ]
 * load: true                  # optional: offer the race lab's "Under load" (loadOffer.test.ts checks it)
 * symptoms:                   # optional: what a learner may paste from a log (symptoms.ts)
 *   messages: ["A second operation was started on this context instance"]   # identify the lesson
 *   clues: ["Parallel.ForEachAsync"]                                           # only rank it
 * files:                      # one entry per starter.ts / solution-*.ts, what the test checks;
 *                             # solutions are listed (and shown) in this order: the fixes' rank
 *   starter:
 *     fails: [no-exception]
 *     exception: { type: InvalidOperationException, line: 9 }   # sugar for a `checks:` entry
 *   solution-factory:
 *     title: "Fix 2: one context per task"
 *     meets: [no-exception, parallel]
 *   solution-promise-all:
 *     title: "Not a fix: the same bug with Promise.all"
 *     variant: true           # the starter's bug written another way: checked like the starter
 *   solution-x:
 *     cases:                  # several runs with different settings
 *       - { settings: { latencyMs: 2 }, meets: [no-exception] }
 *       - { settings: { latencyMs: 6, jitterMs: 5 }, seeds: 20, flaky: [no-exception] }
 * ```
 */
import { parse as parseYaml } from 'yaml';
import { LessonError, Validator } from './frontMatterValidator.ts';

export { LessonError } from './frontMatterValidator.ts';
import type { FileExpectation, Lesson } from './types.ts';

const ID_PATTERN = /^\d{2}-[a-z0-9]+(-[a-z0-9]+)*$/;
const SOLUTION_PATTERN = /^solution-[a-z0-9]+(-[a-z0-9]+)*\.ts$/;
/** A runnable C# twin beside its TypeScript file (conformance/TWINS.md). */
const TWIN_PATTERN = /^(starter|solution-[a-z0-9]+(-[a-z0-9]+)*)\.cs$/;

/** `order` is the lesson's place on the learning path (path.ts), which the caller knows. */
export function parseLesson(id: string, files: Record<string, string>, order = 0): Lesson {
  const fail = (file: string, field: string | null, message: string): never => {
    throw new LessonError(id, file, field, message);
  };
  if (!ID_PATTERN.test(id)) fail('', null, `folder name must look like "NN-slug", got "${id}"`);

  for (const name of ['lesson.md', 'starter.ts']) {
    if (files[name] === undefined) fail(name, null, 'file is missing');
  }
  const allowed = (name: string) =>
    name === 'lesson.md' ||
    name === 'starter.ts' ||
    name === 'Program.cs' ||
    SOLUTION_PATTERN.test(name) ||
    TWIN_PATTERN.test(name);
  for (const name of Object.keys(files)) {
    if (!allowed(name))
      fail(
        name,
        null,
        'unexpected file (allowed: lesson.md, starter.ts, solution-*.ts, their C# twins starter.cs and solution-*.cs, Program.cs)',
      );
  }
  for (const name of Object.keys(files)) {
    if (TWIN_PATTERN.test(name) && files[name.replace(/\.cs$/, '.ts')] === undefined)
      fail(name, null, `a C# twin needs its TypeScript file ${name.replace(/\.cs$/, '.ts')}`);
  }

  const { data, body } = splitFrontMatter(files['lesson.md'], (m) => fail('lesson.md', 'front matter', m));
  const v = new Validator(id, 'lesson.md');
  v.keys(data, 'front matter', [
    'title',
    'summary',
    'settings',
    'model',
    'predict',
    'goals',
    'hints',
    'symptoms',
    'files',
    'load',
  ]);

  const title = v.string(data.title, 'title');
  const summary = v.string(data.summary, 'summary');

  const settings = data.settings === undefined ? undefined : v.settings(data.settings, 'settings');
  const model = data.model === undefined ? undefined : v.model(data.model, 'model');
  const predict = data.predict === undefined ? undefined : v.predict(data.predict, 'predict');
  const goals = v.array(data.goals ?? [], 'goals').map((g, i) => v.goal(g, `goals[${i}]`));
  const seenGoals = new Set<string>();
  for (const g of goals) {
    if (seenGoals.has(g.id)) v.fail('goals', `duplicate goal id "${g.id}"`);
    seenGoals.add(g.id);
  }
  const hints = v.array(data.hints ?? [], 'hints').map((h, i) => v.string(h, `hints[${i}]`));
  const symptoms = data.symptoms === undefined ? undefined : v.symptoms(data.symptoms, 'symptoms');
  const load = data.load === undefined ? false : v.boolean(data.load, 'load');

  const solutionFiles = Object.keys(files)
    .filter((f) => SOLUTION_PATTERN.test(f))
    .sort();
  const stems = ['starter', ...solutionFiles.map((f) => f.slice(0, -'.ts'.length))];
  const filesField = v.record(data.files, 'files');
  for (const key of Object.keys(filesField)) {
    if (!stems.includes(key)) v.fail(`files.${key}`, `no file ${key}.ts in the lesson folder`);
  }
  const expectations: Record<string, FileExpectation> = {};
  for (const stem of stems) {
    if (filesField[stem] === undefined) v.fail(`files.${stem}`, `missing: say what ${stem}.ts must do`);
    expectations[stem] = v.fileExpectation(filesField[stem], `files.${stem}`, seenGoals);
  }
  if (expectations.starter.title !== undefined) v.fail('files.starter.title', 'the starter has no title');

  // Solutions in the order `files:` lists them: the rank order of the fixes.
  const rank = Object.keys(filesField);
  const ranked = [...solutionFiles].sort(
    (a, b) => rank.indexOf(a.slice(0, -3)) - rank.indexOf(b.slice(0, -3)),
  );
  const solutions = ranked.map((file) => {
    const name = file.slice(0, -'.ts'.length);
    const t = expectations[name].title;
    if (t === undefined) v.fail(`files.${name}.title`, 'a solution needs a title');
    return { name, title: t!, code: files[file] };
  });

  return {
    id,
    order,
    title,
    summary,
    markdown: body,
    ...(predict ? { predict } : {}),
    goals,
    hints,
    ...(symptoms ? { symptoms } : {}),
    ...(load ? { load } : {}),
    ...(settings ? { settings } : {}),
    ...(model ? { model } : {}),
    starter: files['starter.ts'],
    solutions,
    csharp: Object.fromEntries(
      Object.keys(files)
        .filter((f) => TWIN_PATTERN.test(f))
        .map((f) => [f.slice(0, -'.cs'.length), files[f]]),
    ),
    ...(files['Program.cs'] !== undefined ? { programCs: files['Program.cs'] } : {}),
    expectations,
  };
}

/** Splits `---\nYAML\n---\nbody`. */
export function splitFrontMatter(
  text: string,
  fail: (message: string) => never,
): { data: Record<string, unknown>; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) fail('lesson.md must start with front matter between "---" lines');
  let data: unknown;
  try {
    data = parseYaml(m![1]);
  } catch (e) {
    fail(`invalid YAML: ${(e as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    fail('front matter must be a YAML map');
  return { data: data as Record<string, unknown>, body: m![2].replace(/^\s+/, '') };
}
