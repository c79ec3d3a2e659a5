/** What the shapes and colours mean (shapes too, not colour alone), and the playback keys. */
export function TimelineLegend({ keys = false }: { keys?: boolean }) {
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
        <span className="lg lg-bolt">⚡</span> collision
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
      {keys && (
        <li className="tl-keys">
          <kbd>Alt</kbd>+<kbd>←</kbd>/<kbd>→</kbd> step · <kbd>Space</kbd> play/pause
        </li>
      )}
    </ul>
  );
}
