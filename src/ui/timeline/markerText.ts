/**
 * What a timeline mark says. Operations are named by method, operation number and line, and by
 * flow when the run has several: two flows often run the same line, and "line 3 started while
 * line 3 held the context" would not say which call was first.
 */
import type { BarLayout, FlowLayout, MarkerLayout, TimelineLayout } from './layoutTimeline.ts';

function opName(
  bar: BarLayout | undefined,
  op: number | null,
  line: number | null,
  flows: Map<number, FlowLayout>,
): string {
  const where = `line ${bar?.line ?? line ?? '?'}`;
  if (!bar) return op === null ? `the operation at ${where}` : `operation #${op} (${where})`;
  const flow = flows.size > 1 ? flows.get(bar.flow) : undefined;
  return `${bar.name} #${bar.op} (${where}${flow ? `, ${flow.label}` : ''}, from ${bar.start} ms)`;
}

export function markerText(
  marker: MarkerLayout,
  bars: Map<number, BarLayout>,
  flows: Map<number, FlowLayout>,
): string {
  const failing = marker.op === null ? undefined : bars.get(marker.op);
  const name = opName(failing, marker.op, marker.line, flows);
  if (marker.kind === 'collision') {
    const holder = marker.holder === null ? undefined : bars.get(marker.holder);
    return `Collision at ${marker.t} ms: ${name} was refused because ${opName(holder, marker.holder, marker.holderLine, flows)} still held the context`;
  }
  if (marker.kind === 'identity-conflict') {
    const tracked = marker.holderLine === null ? '' : ` (tracked at line ${marker.holderLine})`;
    return `Identity conflict at ${marker.t} ms: ${name} met an instance with the same key already tracked${tracked}`;
  }
  return `Unobserved failure at ${marker.t} ms: ${name} failed and nothing awaited it`;
}

/** A layout's flows by id (a bar's `flow`). */
export function flowsById(layout: Pick<TimelineLayout, 'flows'> | null): Map<number, FlowLayout> {
  return new Map((layout?.flows ?? []).map((f) => [f.id, f]));
}

/** What each of a layout's marks says, by its trace seq. */
export function markerTexts(
  layout: Pick<TimelineLayout, 'bars' | 'markers'> | null,
  flows: Map<number, FlowLayout>,
): Map<number, string> {
  const bars = new Map((layout?.bars ?? []).map((b) => [b.op, b]));
  return new Map((layout?.markers ?? []).map((m) => [m.seq, markerText(m, bars, flows)]));
}
