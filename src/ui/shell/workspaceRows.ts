/**
 * The workspace's three pane heights in px. The editor keeps its share whether or not a run is
 * shown (Run never resizes it, so the line the learner was reading stays put). The timeline gets
 * at least its separator's share; past it, as much as draws every lane (roomy when there is room,
 * tight otherwise) as long as the run details keep `MIN_PANELS`.
 */
export interface PaneHeights {
  editor: number;
  timeline: number;
  panels: number;
}

export interface RowsInput {
  /** Height of the three panes together (the separators taken out). */
  avail: number;
  /** Shares in percent, as the separators set them. */
  split: { editor: number; timeline: number };
  /** The timeline's wishes (see `TimelineHeights`). */
  natural: number;
  tight: number;
}

export const MIN_EDITOR = 120;
export const MIN_TIMELINE = 110;
export const MIN_PANELS = 90;

export function workspaceRows({ avail, split, natural, tight }: RowsInput): PaneHeights {
  const editor = Math.max(MIN_EDITOR, Math.round((avail * split.editor) / 100));
  const cap = Math.round((avail * (split.editor + split.timeline)) / 100) - editor;
  const room = Math.max(MIN_TIMELINE, avail - editor - MIN_PANELS);
  const fit = Math.min(natural, room, Math.max(cap, tight));
  const timeline = Math.max(MIN_TIMELINE, Math.min(avail - editor, Math.max(cap, fit)));
  return { editor, timeline, panels: Math.max(0, avail - editor - timeline) };
}
