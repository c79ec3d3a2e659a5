import type { FlowLayout } from './layoutTimeline.ts';

/**
 * What the shapes and colours mean (shapes too, not colour alone), the run's flows when it has
 * several (a bar's left edge takes its flow's colour), and the playback keys.
 */
export function TimelineLegend({ keys = false, flows = [] }: { keys?: boolean; flows?: FlowLayout[] }) {
  const coloured = flows.filter((f) => f.hue !== null);
  return (
    <ul className="tl-legend" aria-label="Legend">
      <li>
        <span className="lg lg-ok" /> operation
      </li>
      <li>
        <span className="lg lg-threw" /> threw
      </li>
      <li>
        <span className="lg lg-unobserved" /> unobserved failure
      </li>
      <li>
        <span className="lg lg-mark mark-collision">⚡</span> collision
      </li>
      <li>
        <span className="lg lg-mark mark-identity">◆</span> identity conflict
      </li>
      <li>
        <span className="lg lg-held" /> context busy
      </li>
      <li>
        <span className="lg lg-conn" /> connection
      </li>
      <li>
        <span className="lg lg-life" /> lifetime
      </li>
      {coloured.length > 0 && (
        <li className="tl-flows" data-testid="timeline-flows">
          flows:
          {coloured.map((f) => (
            <span key={f.id} className="tl-flow-key" data-flow={f.id}>
              <span className="lg lg-flow" style={{ background: `hsl(${f.hue} 70% 50%)` }} />
              {f.label}
            </span>
          ))}
        </li>
      )}
      {keys && (
        <li className="tl-keys">
          <kbd>Alt</kbd>+<kbd>←</kbd>/<kbd>→</kbd> step · <kbd>Space</kbd> play/pause
        </li>
      )}
    </ul>
  );
}
