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

/** How densely lanes are drawn: row pitch, bar height and the lane's padding above and below. */
export interface LaneDensity {
  rowH: number;
  barH: number;
  top: number;
  bottom: number;
}

/** Roomy first, tightest last: the timeline takes the roomiest one whose lanes all fit. */
export const DENSITIES: readonly LaneDensity[] = [
  { rowH: ROW_H, barH: BAR_H, top: LANE_TOP, bottom: LANE_BOTTOM },
  { rowH: 24, barH: 19, top: 6, bottom: 12 },
  { rowH: 22, barH: 18, top: 4, bottom: 10 },
  { rowH: 20, barH: 16, top: 3, bottom: 9 },
  { rowH: 18, barH: 15, top: 2, bottom: 8 },
  { rowH: 16, barH: 14, top: 2, bottom: 7 },
];

export const ROOMY: LaneDensity = DENSITIES[0];

export function laneHeight(rows: number, d: LaneDensity = ROOMY): number {
  return d.top + rows * d.rowH + d.bottom;
}

export function rowTop(row: number, d: LaneDensity = ROOMY): number {
  return d.top + row * d.rowH;
}

/** Height of all lanes stacked (each with its 1 px border). */
export function lanesHeight(rows: readonly number[], d: LaneDensity): number {
  return rows.reduce((sum, r) => sum + laneHeight(r, d) + 1, 0);
}

/**
 * The roomiest density at which every lane fits in `height` px, so that the learner sees every
 * context at once; the tightest when none does (the body then scrolls).
 */
export function fitDensity(rows: readonly number[], height: number): LaneDensity {
  return DENSITIES.find((d) => lanesHeight(rows, d) <= height) ?? DENSITIES[DENSITIES.length - 1];
}

export function fmtMs(t: number): string {
  return `${Math.round(t * 10) / 10} ms`;
}
