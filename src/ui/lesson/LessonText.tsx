/** The lesson's explanation, rendered from markdown; code blocks coloured once Monaco is loaded. */
import { useEffect, useMemo, useRef } from 'react';
import type { Lesson } from '../../state/lessonTypes.ts';
import { loadMonaco } from '../monaco/loadMonaco.ts';
import { colorizeCodeBlocks, renderMarkdown } from './renderMarkdown.ts';

export function LessonText({ lesson }: { lesson: Lesson }) {
  const html = useMemo(() => renderMarkdown(lesson.markdown, lesson.title), [lesson.markdown, lesson.title]);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    void loadMonaco().then(({ monaco }) => {
      if (live && ref.current) void colorizeCodeBlocks(ref.current, monaco.editor);
    });
    return () => {
      live = false;
    };
  }, [html]);
  return <div ref={ref} className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
