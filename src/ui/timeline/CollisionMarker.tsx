/**
 * The instant the detector (or the identity map) fired: a lightning badge on the failing bar and a
 * red connector to the bar of the operation that held the context. Identity conflicts get a
 * violet diamond with two overlapping instances; unobserved failures an amber badge. Faint until the playhead reaches it, then it flashes once.
 */
import type { BarLayout, MarkerLayout } from './layoutTimeline.ts';
import { MIN_BAR_W, rowTop, type LaneDensity, type Scale } from './geometry.ts';
import { Icon } from '../shell/Icon.tsx';

interface Props {
  marker: MarkerLayout;
  /** What the mark says (markerText). */
  text: string;
  bars: BarLayout[];
  density: LaneDensity;
  scale: Scale;
  reached: boolean;
}

export function CollisionMarker({ marker, text, bars, density, scale, reached }: Props) {
  const failing = bars.find((b) => b.op === marker.op);
  const holder = bars.find((b) => b.op === marker.holder);
  const x = failing ? scale.x(failing.start) + MIN_BAR_W / 2 : scale.x(marker.t);
  const failY = failing ? rowTop(failing.row, density) + density.barH / 2 : rowTop(0, density);
  const holdY = holder ? rowTop(holder.row, density) + density.barH / 2 : null;
  const kind = marker.kind;
  const title = text;
  return (
    <div
      className={`tl-marker kind-${kind} ${reached ? 'reached' : 'future'}`}
      data-testid={kind === 'collision' ? 'timeline-collision' : `timeline-${kind}`}
      data-op={marker.op ?? ''}
      data-holder={marker.holder ?? ''}
      data-t={marker.t}
      role="img"
      aria-label={title}
      title={title}
    >
      {holdY !== null && (
        <span
          className="tl-connector"
          style={{ left: x - 1, top: Math.min(holdY, failY), height: Math.abs(failY - holdY) }}
        >
          <span
            className="tl-connector-dot"
            style={{ top: holdY < failY ? -4 : undefined, bottom: holdY < failY ? undefined : -4 }}
          />
        </span>
      )}
      <span className="tl-bolt" style={{ left: x - 10, top: failY - 10 }}>
        <Icon name={kind === 'unobserved' ? 'alert' : kind === 'identity-conflict' ? 'copy' : 'bolt'} />
      </span>
    </div>
  );
}
