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
});
