import { describe, expect, it } from 'vitest';
import { lessonsFromPaths } from './groupFiles.ts';
import { parseLesson } from './parseLesson.ts';
import { applyModelPatch } from './modelPatch.ts';

const LESSON_MD = `---
title: Parallel queries
summary: Three queries, one context.
settings: { latencyMs: 30 }
predict:
  question: Will this throw?
  options: [No, Yes at line 3]
  answer: 1
goals:
  - { id: no-exception, text: No exception, noException: true }
  - { id: parallel, text: Three at once, optional: true, minOverlap: { count: 3, distinctContexts: true } }
hints: [Await each query.]
files:
  starter:
    fails: [no-exception]
    exception: { type: InvalidOperationException, line: 3 }
  solution-sequential:
    title: "Fix 1: one at a time"
    meets: [no-exception]
    fails: [parallel]
---

# Body

Text.
`;

const files = (md = LESSON_MD, extra: Record<string, string> = {}) => ({
  'lesson.md': md,
  'starter.ts': 'const a = 1;\n',
  'solution-sequential.ts': 'const b = 2;\n',
  'starter.cs': '// C#\n',
  ...extra,
});

describe('parseLesson', () => {
  it('parses front matter, body, files and expectations', () => {
    const lesson = parseLesson('02-parallel', files(), 5);
    expect(lesson).toMatchObject({
      id: '02-parallel',
      order: 5,
      title: 'Parallel queries',
      summary: 'Three queries, one context.',
      settings: { latencyMs: 30 },
      predict: { question: 'Will this throw?', options: ['No', 'Yes at line 3'], answer: 1 },
      hints: ['Await each query.'],
      starter: 'const a = 1;\n',
      csharp: { starter: '// C#\n' },
      solutions: [{ name: 'solution-sequential', title: 'Fix 1: one at a time', code: 'const b = 2;\n' }],
    });
    expect(lesson.markdown.startsWith('# Body')).toBe(true);
    expect(lesson.goals).toEqual([
      { id: 'no-exception', text: 'No exception', noException: true },
      {
        id: 'parallel',
        text: 'Three at once',
        optional: true,
        minOverlap: { count: 3, distinctContexts: true },
      },
    ]);
    expect(lesson.expectations.starter.cases).toEqual([
      {
        meets: [],
        fails: ['no-exception'],
        checks: [
          {
            id: 'files.starter.exception',
            text: 'files.starter.exception',
            exception: { type: 'InvalidOperationException', line: 3 },
          },
        ],
        flaky: [],
      },
    ]);
    expect(lesson.expectations['solution-sequential'].cases[0]).toMatchObject({
      meets: ['no-exception'],
      fails: ['parallel'],
    });
  });

  it('accepts several cases with settings and seeds', () => {
    const md = LESSON_MD.replace(
      '  starter:\n    fails: [no-exception]\n    exception: { type: InvalidOperationException, line: 3 }\n',
      `  starter:
    cases:
      - { settings: { latencyMs: 2 }, meets: [no-exception] }
      - { settings: { latencyMs: 6, jitterMs: 5 }, seeds: 20, flaky: [no-exception] }
`,
    );
    const lesson = parseLesson('02-parallel', files(md));
    expect(lesson.expectations.starter.cases).toHaveLength(2);
    expect(lesson.expectations.starter.cases[1]).toMatchObject({
      settings: { latencyMs: 6, jitterMs: 5 },
      seeds: 20,
      flaky: ['no-exception'],
    });
  });

  const bad =
    (md: string, extra: Record<string, string> = {}, id = '02-parallel') =>
    () =>
      parseLesson(id, files(md, extra));

  it('names the file and field in errors', () => {
    // The place on the path lives in path.ts, not in front matter (where it used to be).
    expect(bad(LESSON_MD.replace('title:', 'order: 2\ntitle:'))).toThrow('lessons/02-parallel/lesson.md');
    expect(bad(LESSON_MD.replace('title: Parallel queries\n', ''))).toThrow(
      '(title): must be a non-empty string',
    );
    expect(bad(LESSON_MD.replace('answer: 1', 'answer: 5'))).toThrow('(predict.answer): must index options');
    expect(bad(LESSON_MD.replace('noException: true', 'noException: true, maxDurationMs: 5'))).toThrow(
      '(goals[0]): has several matchers (noException, maxDurationMs)',
    );
    expect(bad(LESSON_MD.replace('noException: true', 'noExeption: true'))).toThrow(
      '(goals[0]): unknown key "noExeption"',
    );
    expect(bad(LESSON_MD.replace('fails: [parallel]', 'fails: [paralel]'))).toThrow(
      '(files.solution-sequential.fails): no goal with id "paralel"',
    );
    expect(bad(LESSON_MD.replace('    title: "Fix 1: one at a time"\n', ''))).toThrow(
      '(files.solution-sequential.title): a solution needs a title',
    );
    expect(bad(LESSON_MD, { 'solution-factory.ts': 'x' })).toThrow(
      '(files.solution-factory): missing: say what solution-factory.ts must do',
    );
    expect(bad(LESSON_MD, { 'notes.txt': 'x' })).toThrow('lessons/02-parallel/notes.txt: unexpected file');
    expect(bad('no front matter')).toThrow(
      'lesson.md (front matter): lesson.md must start with front matter',
    );
    expect(bad(LESSON_MD.replace('hints: [Await each query.]', 'hints: [Await each query.'))).toThrow(
      'invalid YAML',
    );
    expect(bad(LESSON_MD, {}, 'parallel')).toThrow('folder name must look like "NN-slug"');
    expect(() => parseLesson('02-parallel', { 'lesson.md': LESSON_MD })).toThrow(
      'lessons/02-parallel/starter.ts: file is missing',
    );
    expect(() =>
      parseLesson('02-parallel', { 'lesson.md': LESSON_MD, 'starter.ts': '', 'solution-x.cs': '' }),
    ).toThrow('lessons/02-parallel/solution-x.cs: a C# twin needs its TypeScript file solution-x.ts');
  });

  it('reads the load flag and solution variants, and refuses other values', () => {
    expect(parseLesson('02-parallel', files()).load).toBeUndefined();
    expect(parseLesson('02-parallel', files(LESSON_MD.replace('title:', 'load: true\ntitle:'))).load).toBe(
      true,
    );
    expect(bad(LESSON_MD.replace('title:', 'load: yes please\ntitle:'))).toThrow(
      '(load): must be true or false',
    );
  });

  it('groups glob paths into lessons in the order of the learning path, numbered by it', () => {
    const paths: Record<string, string> = {};
    for (const [name, text] of Object.entries(files())) paths[`/lessons/02-parallel/${name}`] = text;
    for (const [name, text] of Object.entries(files())) paths[`/lessons/01-first/${name}`] = text;
    const lessons = lessonsFromPaths(paths, ['02-parallel', '01-first']);
    expect(lessons.map((l) => [l.id, l.order])).toEqual([
      ['02-parallel', 1],
      ['01-first', 2],
    ]);
    expect(() => lessonsFromPaths(paths, ['02-parallel'])).toThrow(
      'lessons/01-first is not on the learning path',
    );
    expect(() => lessonsFromPaths(paths, ['02-parallel', '01-first', '02-parallel'])).toThrow(
      'lists 02-parallel twice',
    );
    expect(() => lessonsFromPaths(paths, ['02-parallel', '01-first', '03-gone'])).toThrow(
      '03-gone, which has no lesson folder',
    );
  });

  it('parses and applies a model patch', () => {
    const md = LESSON_MD.replace(
      'settings: { latencyMs: 30 }',
      'model: { addProperties: [{ entity: Order, name: Version, type: int, default: 1, concurrencyToken: true }] }',
    );
    const lesson = parseLesson('02-parallel', files(md));
    const base = {
      contextName: 'AppDb',
      entityTypes: [
        {
          name: 'Order',
          dbSet: 'Orders',
          table: 'Orders',
          properties: [{ name: 'Id', type: 'int' as const, nullable: false, isKey: true }],
        },
      ],
      seed: { Order: [{ Id: 1 }, { Id: 2 }] },
    };
    const model = applyModelPatch(base, lesson.model);
    expect(model.entityTypes[0].properties[1]).toEqual({
      name: 'Version',
      type: 'int',
      nullable: false,
      isConcurrencyToken: true,
    });
    expect(model.seed.Order).toEqual([
      { Id: 1, Version: 1 },
      { Id: 2, Version: 1 },
    ]);
    expect(base.seed.Order[0]).toEqual({ Id: 1 });
  });

  it('reads symptoms: messages identify the lesson, clues only rank, short patterns are refused', () => {
    const md = (y: string) => LESSON_MD.replace('files:', `symptoms:\n${y}\nfiles:`);
    const lesson = parseLesson(
      '02-parallel',
      files(md('  messages: ["A second operation was started"]\n  clues: [Task.WhenAll]')),
    );
    expect(lesson.symptoms).toEqual({
      messages: ['A second operation was started'],
      clues: ['Task.WhenAll'],
    });
    expect(parseLesson('02-parallel', files()).symptoms).toBeUndefined();
    expect(() => parseLesson('02-parallel', files(md('  clues: [Task.WhenAll]')))).toThrow(
      /symptoms.messages.*needs at least one message/,
    );
    expect(() => parseLesson('02-parallel', files(md('  messages: ["…  Error  …"]')))).toThrow(
      /symptoms.messages\[0\].*8 characters/,
    );
  });
});
