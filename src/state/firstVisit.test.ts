import { describe, expect, it } from 'vitest';
import { useApp } from './store.ts';
import { getLessons, lessonSettings } from './lessons.ts';

// Node has no localStorage: this is a first visit, nothing saved.
describe('a first visit', () => {
  it('opens the learning path’s first lesson from the start (no render without a lesson)', () => {
    const first = getLessons()[0];
    const s = useApp.getState();
    expect(s.lessonId).toBe(first.id);
    expect(s.settings).toEqual(lessonSettings(first));
  });

  it('still opens what was saved when there is something', () => {
    const other = getLessons()[3];
    const merge = useApp.persist.getOptions().merge!;
    const merged = merge({ lessonId: other.id }, useApp.getState());
    expect(merged.lessonId).toBe(other.id);
    expect(merge(undefined, useApp.getState()).lessonId).toBe(getLessons()[0].id);
  });
});
