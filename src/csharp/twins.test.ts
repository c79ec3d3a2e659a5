/**
 * Every C# twin of a lesson file (`starter.cs` beside `starter.ts`, TWINS.md) runs through the
 * C# front end with the same outcome, exception type and line, unobserved exceptions and
 * console output as its TypeScript file, and meets the same goals. (`Exception` in C# is `Error`
 * in TypeScript.)
 */
import * as fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { modelForLesson } from '../runner/lessonModel.ts';
import { DEFAULT_RUN_SETTINGS, type ExceptionInfo, type Run } from '../runner/types.ts';
import { loadLessonsFromDisk } from '../lessons/loadFromDisk.ts';
import { lessonRunSettings } from '../lessons/settings.ts';
import { evaluateGoals } from '../lessons/goals.ts';
import { lower, registerModel, runTs } from './testSupport/runCSharp.ts';

const LESSONS_DIR = fileURLToPath(new URL('../../lessons', import.meta.url));
const lessons = loadLessonsFromDisk(fs, LESSONS_DIR);

const typeName = (e: ExceptionInfo) => (e.type === 'Error' ? 'Exception' : e.type);
function outcome(run: Run) {
  return {
    outcome: run.outcome,
    exception: run.exception ? { type: typeName(run.exception), line: run.exception.line } : null,
    unobserved: run.unobserved.map((e) => ({ type: typeName(e), line: e.line })),
    console: run.console,
  };
}

describe('C# twins of the lessons', () => {
  it('exist for every lesson file', () => {
    const missing = lessons.flatMap((l) =>
      ['starter', ...l.solutions.map((s) => s.name)]
        .filter((stem) => l.csharp[stem] === undefined)
        .map((stem) => `${l.id}/${stem}.cs`),
    );
    expect(missing).toEqual([]);
  });

  for (const lesson of lessons) {
    for (const [stem, cs] of Object.entries(lesson.csharp)) {
      it(`${lesson.id}/${stem}.cs agrees with ${stem}.ts`, async () => {
        registerModel(lesson.id, modelForLesson(lesson));
        const ts = stem === 'starter' ? lesson.starter : lesson.solutions.find((s) => s.name === stem)!.code;
        expect(cs.split('\n').length, 'same number of lines').toBe(ts.split('\n').length);
        const lowered = await lower(cs);
        expect(lowered.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const settings = lessonRunSettings(lesson, DEFAULT_RUN_SETTINGS, {});
        const [fromTs, fromCs] = [
          await runTs(ts, settings, lesson.id),
          await runTs(lowered.code, settings, lesson.id),
        ];
        expect(outcome(fromCs)).toEqual(outcome(fromTs));
        const goals = (run: Run) => evaluateGoals(lesson.goals, run).map((g) => `${g.id}: ${g.met}`);
        expect(goals(fromCs), 'the same goals met').toEqual(goals(fromTs));
      });
    }
  }
});
