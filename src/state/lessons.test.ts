import { describe, expect, it } from 'vitest';
import type { Lesson } from './lessonTypes.ts';
import { collisionRun } from './fixtures/fixtureRuns.ts';
import { goalsFor } from './lessons.ts';

const lesson = { goals: [{ id: 'clean', text: 'No exception', noException: true }] } as unknown as Lesson;

describe('goalsFor', () => {
  it('leaves every goal unmet for a run that was stopped', () => {
    const stopped = {
      ...collisionRun(),
      outcome: 'stopped' as const,
      exception: null,
      operations: [],
      trace: [],
    };
    expect(goalsFor(lesson, stopped)).toEqual([
      {
        id: 'clean',
        text: 'No exception',
        met: false,
        detail: 'The run was stopped before it finished.',
        optional: false,
      },
    ]);
  });

  it('evaluates a finished run with the lesson vocabulary', () => {
    expect(goalsFor(lesson, collisionRun())[0].met).toBe(false);
  });
});
