import { describe, expect, it } from 'vitest';
import { useApp } from './store.ts';
import { getLessons } from './lessons.ts';
import { configureRunHost, runCurrent } from './runController.ts';
import { createFakeRunHost } from './fixtures/fakeRunHost.ts';

describe('runController', () => {
  it('stops a run that never settles, reports it, and starts the next run on a fresh host', async () => {
    let hosts = 0;
    configureRunHost(() => {
      hosts++;
      return createFakeRunHost(5);
    });
    const lesson = getLessons()[0];
    useApp.getState().selectLesson(lesson.id);
    useApp.getState().setCode('while (true) {}');
    await runCurrent(50);
    expect(useApp.getState().runStatus).toBe('failed');
    expect(useApp.getState().runError).toMatch(/did not finish within/);
    useApp.getState().setCode(lesson.starter);
    await runCurrent(1000);
    expect(useApp.getState().runStatus).toBe('done');
    expect(useApp.getState().run?.outcome).toBe('threw');
    expect(hosts).toBe(2);
  });

  it('drops a result whose lesson the learner left while it ran', async () => {
    configureRunHost(() => createFakeRunHost(30));
    const [first, second] = getLessons();
    useApp.getState().selectLesson(first.id);
    useApp.getState().setCode(first.starter);
    const pending = runCurrent(1000);
    useApp.getState().selectLesson(second.id);
    await pending;
    expect(useApp.getState().lessonId).toBe(second.id);
    expect(useApp.getState().run).toBeNull();
    expect(useApp.getState().runStatus).toBe('idle');
    // Back on the first lesson, a run lands as usual.
    useApp.getState().selectLesson(first.id);
    await runCurrent(1000);
    expect(useApp.getState().run?.outcome).toBe('threw');
  });
});
