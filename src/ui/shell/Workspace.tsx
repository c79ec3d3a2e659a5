/**
 * The workspace column: editor, timeline and run panels, stacked, with two separators the learner
 * drags (or moves with the keyboard) to share the height. The split is persisted in the store.
 */
import { useRef } from 'react';
import type { Lesson } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';
import { DEFAULT_SPLIT, MIN_SPLIT } from '../../state/slices/uiSlice.ts';
import { EditorPane } from '../editor/EditorPane.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { Panels } from '../panels/Panels.tsx';
import { Splitter } from './Splitter.tsx';

export function Workspace({ lesson, dark }: { lesson: Lesson; dark: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const split = useApp((s) => s.split);
  const setSplit = useApp((s) => s.setSplit);
  const hasRun = useApp((s) => s.run !== null);
  const { editor, timeline } = split;
  const panels = 100 - editor - timeline;
  const reset = () => setSplit(DEFAULT_SPLIT);
  // fr shares, with pixel floors so a small window still shows each pane's header. Before the
  // first run the timeline is only a hint line: it takes its own height and the editor the rest.
  const timelineRow = hasRun ? `minmax(150px, ${timeline}fr)` : 'auto';
  const rows = `minmax(120px, ${editor}fr) var(--splitter) ${timelineRow} var(--splitter) minmax(90px, ${panels}fr)`;
  return (
    <div className="workspace" ref={ref} style={{ gridTemplateRows: rows }}>
      <EditorPane lesson={lesson} dark={dark} />
      <Splitter
        label="Resize editor and timeline"
        controls="editor-card"
        testid="split-editor"
        value={editor}
        min={MIN_SPLIT.editor}
        max={editor + timeline - MIN_SPLIT.timeline}
        onChange={(v) => setSplit({ editor: v, timeline: editor + timeline - v })}
        onReset={reset}
        container={ref}
      />
      <Timeline />
      <Splitter
        label="Resize timeline and run details"
        controls="timeline-card"
        testid="split-timeline"
        value={editor + timeline}
        min={editor + MIN_SPLIT.timeline}
        max={100 - MIN_SPLIT.panels}
        onChange={(v) => setSplit({ editor, timeline: v - editor })}
        onReset={reset}
        container={ref}
      />
      <Panels />
    </div>
  );
}
