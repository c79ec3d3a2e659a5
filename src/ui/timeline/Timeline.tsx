/**
 * The timeline card: drawn from the trace of the latest run (never scripted). Lanes per context,
 * an axis in virtual ms, a playhead; click the axis to scrub, hover or focus a bar for details.
 * Keyboard inside the card: ←/→ step, Home/End, Space play/pause.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { useApp } from '../../state/store.ts';
import { indexOps } from '../trace/describeEvent.ts';
import { revealLine } from '../editor/editorBridge.ts';
import { layoutTimeline, type BarLayout } from './layoutTimeline.ts';
import { groupByLane, laneParts, type RowRange } from './laneParts.ts';
import { useScrollWindow } from './useScrollWindow.ts';
import {
  DENSITIES,
  fitDensity,
  LABEL_W,
  laneHeight,
  lanesHeight,
  makeScale,
  ROOMY,
  rowTop,
  type LaneDensity,
} from './geometry.ts';
import { useElementSize } from './useElementSize.ts';
import { labelMetrics } from './barLabel.ts';
import { usePlaybackLoop } from './usePlaybackLoop.ts';
import { TimelineControls } from './TimelineControls.tsx';
import { TimelineLane } from './TimelineLane.tsx';
import { TimelineAxis } from './TimelineAxis.tsx';
import { BarTooltip } from './BarTooltip.tsx';
import { barPhase, shownStatus } from './TimelineBar.tsx';
import { TimelineLegend } from './TimelineLegend.tsx';
import { flowsById, markerTexts } from './markerText.ts';
import { RunSettingsTag } from '../raceLab/RunSettingsTag.tsx';

/** Runs with more bars than this draw only the rows in view (plus a margin) of the timeline's body. */
export const VIRTUAL_BARS = 400;
const OVERSCAN_PX = 600;

/**
 * For each lane, the rows within the body's scroll window (null: the run is small enough to draw
 * whole). Lanes stack from the top of the body, each `laneHeight(rows)` plus its 1 px border.
 */
function visibleRows(
  lanes: { context: number; rows: number }[],
  bars: number,
  top: number,
  height: number,
  d: LaneDensity,
): Map<number, RowRange> | null {
  if (bars <= VIRTUAL_BARS) return null;
  const from = top - OVERSCAN_PX;
  const to = top + height + OVERSCAN_PX;
  const out = new Map<number, RowRange>();
  let laneTop = 0;
  for (const lane of lanes) {
    const first = Math.floor((from - laneTop - rowTop(0, d)) / d.rowH);
    const last = Math.floor((to - laneTop - rowTop(0, d)) / d.rowH);
    out.set(lane.context, { from: Math.max(0, first), to: Math.min(lane.rows - 1, last) });
    laneTop += laneHeight(lane.rows, d) + 1;
  }
  return out;
}

/** The axis under the lanes (22 px track and its 1 px border). */
const AXIS_H = 23;

/**
 * The heights the workspace needs to size this card: `natural` draws every lane roomy; `tight`
 * is the least that still shows every lane (at the tightest density). Both include the card's
 * head and legend.
 */
export interface TimelineHeights {
  natural: number;
  tight: number;
}

export function Timeline({ onHeights }: { onHeights?: (h: TimelineHeights) => void }) {
  const run = useApp((s) => s.run);
  const status = useApp((s) => s.runStatus);
  const pos = useApp((s) => s.pos);
  const bodyRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLElement>(null);
  const { width, height: bodyHeight } = useElementSize(bodyRef);
  const cardSize = useElementSize(cardRef);
  const view = useScrollWindow(bodyRef, 4 * ROOMY.rowH);
  const [shown, setShown] = useState<{ op: number; rect: DOMRect } | null>(null);
  usePlaybackLoop();
  // Rows depend on the width: a label drawn beside its bar has room kept for it on its row.
  const layout = useMemo(
    () => (run ? layoutTimeline(run, labelMetrics(width - LABEL_W)) : null),
    [run, width],
  );
  const ops = useMemo(() => (run ? indexOps(run) : new Map()), [run]);
  const parts = useMemo(() => (layout ? groupByLane(layout) : null), [layout]);
  const flows = useMemo(() => flowsById(layout), [layout]);
  const texts = useMemo(() => markerTexts(layout, flows), [layout, flows]);
  const laneRows = useMemo(() => layout?.lanes.map((l) => l.rows) ?? [], [layout]);
  // Every lane in view when it can be: the roomiest density that fits the body above the axis.
  const density = useMemo(() => fitDensity(laneRows, bodyHeight - AXIS_H), [laneRows, bodyHeight]);
  const rowRanges = useMemo(
    () => (layout ? visibleRows(layout.lanes, layout.bars.length, view.top, view.height, density) : null),
    [layout, view.top, view.height, density],
  );
  // Tell the workspace how tall this card wants to be (head and legend measured, lanes computed).
  const chrome = cardSize.height - bodyHeight;
  useEffect(() => {
    if (!onHeights || chrome <= 0) return;
    if (!layout) {
      onHeights({ natural: chrome + 64, tight: chrome + 64 });
      return;
    }
    const tightest = DENSITIES[DENSITIES.length - 1];
    onHeights({
      natural: chrome + AXIS_H + lanesHeight(laneRows, ROOMY) + 2,
      tight: chrome + AXIS_H + lanesHeight(laneRows, tightest) + 2,
    });
  }, [onHeights, chrome, layout, laneRows]);
  const scale = useMemo(() => makeScale(width - LABEL_W, layout?.duration ?? 1), [width, layout?.duration]);
  const seekBar = useCallback((bar: BarLayout) => {
    useApp.getState().seekEvent(bar.seq);
    if (bar.line) revealLine(bar.line);
  }, []);
  const onKey = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLInputElement || e.target instanceof HTMLSelectElement || e.altKey) return;
    const s = useApp.getState();
    const keys: Record<string, () => void> = {
      ArrowRight: s.stepNext,
      ArrowLeft: s.stepPrev,
      Home: () => s.seekEvent(-1),
      End: () => s.seekEvent(run ? run.trace.length - 1 : 0),
    };
    if (e.target === e.currentTarget && e.key === ' ') keys[' '] = s.togglePlay;
    const action = keys[e.key];
    if (action && run) {
      e.preventDefault();
      action();
    }
  };
  const shownBar = useMemo(
    () => (shown ? (layout?.bars.find((b) => b.op === shown.op) ?? null) : null),
    [layout, shown],
  );
  return (
    <section
      ref={cardRef}
      className="card timeline"
      id="timeline-card"
      data-testid="timeline"
      aria-labelledby="timeline-title"
      tabIndex={-1}
      onKeyDown={onKey}
      data-run-seq={useApp.getState().runSeq}
    >
      <div className="tl-head">
        <div className="tl-title-col">
          <h2 id="timeline-title" className="card-title">
            Timeline
          </h2>
          <RunSettingsTag />
        </div>
        {run && <TimelineControls run={run} ops={ops} />}
        {!run && <TimelineLegend />}
      </div>
      <div
        className="tl-body"
        ref={bodyRef}
        data-row-h={density.rowH}
        style={{ '--bar-h': `${density.barH}px` } as CSSProperties}
      >
        {!run || !layout || !parts ? (
          <div className="tl-empty">
            {status === 'running'
              ? 'Running in the simulator…'
              : 'Run the code to draw its timeline: one lane per DbContext, one bar per operation.'}
          </div>
        ) : (
          <>
            <div className="tl-lanes">
              {layout.lanes.map((lane) => (
                <TimelineLane
                  key={lane.context}
                  lane={lane}
                  density={density}
                  flows={flows}
                  markerTexts={texts}
                  parts={laneParts(parts, lane.context)}
                  rows={rowRanges?.get(lane.context) ?? null}
                  duration={layout.duration}
                  scale={scale}
                  cursor={pos.cursor}
                  time={pos.time}
                  onShow={setShown}
                  onSeek={seekBar}
                />
              ))}
              <span
                className="tl-playhead"
                style={{ left: LABEL_W + scale.x(pos.time) }}
                aria-hidden="true"
              />
              {shownBar && shown && (
                <BarTooltip
                  bar={shownBar}
                  rect={shown.rect}
                  ops={ops}
                  flow={flows.size > 1 ? flows.get(shownBar.flow) : undefined}
                  status={shownStatus(shownBar, barPhase(shownBar, pos.cursor))}
                />
              )}
            </div>
            <TimelineAxis layout={layout} scale={scale} time={pos.time} />
          </>
        )}
      </div>
      {run && <TimelineLegend keys flows={layout?.flows} />}
    </section>
  );
}
