/**
 * The lesson's explanation (HTML rendered and sanitised at build time: scripts/lessonsModule.ts);
 * code blocks coloured once Monaco is loaded.
 */
import { useEffect, useRef } from 'react';
import type { Lesson } from '../../state/lessonTypes.ts';
import { loadMonaco } from '../monaco/loadMonaco.ts';
import { whenEditorPainted } from '../editor/editorBridge.ts';
import { lessonHtml } from '../../state/lessons.ts';
import { colorizeCodeBlocks } from './safeHtml.ts';

export function LessonText({ lesson }: { lesson: Lesson }) {
  const html = lessonHtml(lesson).body;
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let live = true;
    // After the editor's first frame: colouring loads tokenizers, which the editor needs first.
    void whenEditorPainted()
      .then(loadMonaco)
      .then(({ monaco }) => {
        if (live && ref.current) void colorizeCodeBlocks(ref.current, monaco.editor);
      });
    return () => {
      live = false;
    };
  }, [html]);
  return <div ref={ref} className="prose" dangerouslySetInnerHTML={{ __html: html }} />;
}
