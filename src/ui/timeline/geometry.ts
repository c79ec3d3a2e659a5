/** Pixel geometry of the timeline: shared by lanes, axis, playhead and tooltip. */
export const LABEL_W = 138;
export const PAD_L = 16;
// Room right of the last instant for the collision badge and its halo (an operation ending the run).
export const PAD_R = 40;
export const ROW_H = 26;
export const BAR_H = 20;
export const LANE_TOP = 10;
export const LANE_BOTTOM = 16;
export const MIN_BAR_W = 10;

export interface Scale {
  x: (t: number) => number;
  trackWidth: number;
}

export function makeScale(trackWidth: number, duration: number): Scale {
  const usable = Math.max(40, trackWidth - PAD_L - PAD_R);
  return { x: (t: number) => PAD_L + (Math.max(0, t) / duration) * usable, trackWidth };
}

export function laneHeight(rows: number): number {
  return LANE_TOP + rows * ROW_H + LANE_BOTTOM;
}

export function rowTop(row: number): number {
  return LANE_TOP + row * ROW_H;
}

export function fmtMs(t: number): string {
  return `${Math.round(t * 10) / 10} ms`;
}
