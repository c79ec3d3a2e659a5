/**
 * The workspace column: editor, timeline and run panels, stacked, with two separators the learner
 * drags (or moves with the keyboard) to share the height. The split is persisted in the store.
 */
import { memo, useCallback, useRef, useState } from 'react';
import type { Lesson } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';
import { DEFAULT_SPLIT, MIN_SPLIT } from '../../state/slices/uiSlice.ts';
import { EditorPane } from '../editor/EditorPane.tsx';
import { Timeline, type TimelineHeights } from '../timeline/Timeline.tsx';
import { useElementSize } from '../timeline/useElementSize.ts';
import { workspaceRows } from './workspaceRows.ts';
import { Panels } from '../panels/Panels.tsx';
import { Splitter } from './Splitter.tsx';

/**
 * The workspace re-renders when its measured height or the timeline's wanted heights change (on
 * the first load, twice, just when the editor is being created); its children's props do not
 * change then, so they are not drawn again.
 */
const EditorCard = memo(EditorPane);
const TimelineCard = memo(Timeline);
const PanelsCard = memo(Panels);

/** `--splitter` in layout.css. */
const SPLITTER_PX = 10;

export function Workspace({ lesson, dark }: { lesson: Lesson; dark: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  const split = useApp((s) => s.split);
  const setSplit = useApp((s) => s.setSplit);
  const { editor, timeline } = split;
  const panels = 100 - editor - timeline;
  const reset = () => setSplit(DEFAULT_SPLIT);
  const { height } = useElementSize(ref, { width: 0, height: 0 });
  const [wants, setWants] = useState<TimelineHeights | null>(null);
  const onHeights = useCallback(
    (h: TimelineHeights) => setWants((w) => (w && w.natural === h.natural && w.tight === h.tight ? w : h)),
    [],
  );
  // Pixel rows once measured (see workspaceRows: the editor's height never depends on the run);
  // fr shares with pixel floors until then.
  const px =
    height > 0 && wants
      ? workspaceRows({ avail: height - 2 * SPLITTER_PX, split, natural: wants.natural, tight: wants.tight })
      : null;
  const rows = px
    ? `${px.editor}px var(--splitter) ${px.timeline}px var(--splitter) minmax(0, 1fr)`
    : `minmax(120px, ${editor}fr) var(--splitter) minmax(110px, ${timeline}fr) var(--splitter) minmax(90px, ${panels}fr)`;
  return (
    <div className="workspace" ref={ref} style={{ gridTemplateRows: rows }}>
      <EditorCard lesson={lesson} dark={dark} />
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
      <TimelineCard onHeights={onHeights} />
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
      <PanelsCard />
    </div>
  );
}
