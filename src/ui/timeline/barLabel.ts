/**
 * The text of an operation bar's label and how wide it is drawn. The layout reserves that width
 * on the bar's row (see `LabelMetrics`), so the estimate errs wide; CSS cuts with an ellipsis
 * if a font runs wider still.
 */
import type { BarLabel, BarLayout, LabelForm, LabelMetrics, LabelSide } from './layoutTimeline.ts';
import { MIN_BAR_W, PAD_L, PAD_R } from './geometry.ts';

/** Advance of one character of the label font (600 12px monospace ≈ 0.6em), rounded up. */
export const LABEL_CHAR_W = 7.3;
/** Beside a bar: the gap to it plus the label's padding. Inside: the padding and the borders. */
const PAD = { right: 20, left: 20, inside: 14 } as const;

export interface BarLabelText {
  icon: string;
  name: string;
  line: string;
  /** The exception part, only in the long form. */
  exception: string;
}

/**
 * `outcome` false: the label of an operation that has not ended yet, without its icon and
 * exception (the layout still reserves room for them: they appear when it ends).
 */
export function barLabelText(bar: BarLayout, form: LabelForm, outcome = true): BarLabelText {
  const failed = outcome && bar.status !== 'ok';
  return {
    icon: !failed ? '' : bar.status === 'threw' ? '✕ ' : '⚠ ',
    name: bar.name,
    line: bar.line && form !== 'name' ? ` · L${bar.line}` : '',
    exception:
      failed && form === 'full' && bar.exceptionType
        ? ` ${bar.status === 'unobserved' ? 'unobserved ' : ''}${bar.exceptionType}`
        : '',
  };
}

/** The label as one line of text (tooltips, the accessible name). */
export function barLabelString(bar: BarLayout, form: LabelForm, outcome = true): string {
  const t = barLabelText(bar, form, outcome);
  return `${t.icon}${t.name}${t.line}${t.exception}`;
}

/** The narrowest label text worth drawing: three letters and the ellipsis. */
export const MIN_LABEL_TEXT_PX = 4 * LABEL_CHAR_W;
/** An outside label's padding on the bar's side (timeline.css, .tl-bar-label.outside / .left). */
const OUTSIDE_PADDING = 8;

/**
 * Whether a bar's label is drawn: not when the layout had to cut it (`room` set) to less than
 * three letters and an ellipsis, which says nothing (a long run's bars are ten pixels wide, side
 * by side). The tooltip and the bar's accessible name still name the operation. `barPx`: the
 * bar's drawn width; `maxWidth`: the label box's width beside a bar when cut.
 */
export function labelFits(label: Pick<BarLabel, 'side' | 'room'>, barPx: number, maxWidth?: number): boolean {
  if (label.room === null) return true;
  const text = label.side === 'inside' ? barPx - PAD.inside : (maxWidth ?? 0) - OUTSIDE_PADDING;
  return text >= MIN_LABEL_TEXT_PX;
}

/** Drawn width of the label in px. */
export function barLabelPx(bar: BarLayout, form: LabelForm, side: LabelSide): number {
  return [...barLabelString(bar, form)].length * LABEL_CHAR_W + PAD[side];
}

/** The layout's label metrics for a track `trackWidth` px wide (see `makeScale`). */
export function labelMetrics(trackWidth: number): (duration: number) => LabelMetrics {
  return (duration) => {
    const pxPerMs = Math.max(40, trackWidth - PAD_L - PAD_R) / duration;
    return {
      width: (bar, form, side) => barLabelPx(bar, form, side) / pxPerMs,
      minBar: MIN_BAR_W / pxPerMs,
      from: -(PAD_L - 2) / pxPerMs,
      to: (trackWidth - PAD_L - 4) / pxPerMs,
    };
  };
}
