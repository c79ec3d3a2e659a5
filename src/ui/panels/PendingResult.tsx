/**
 * What the Exception tab shows while the playback has not reached the run's result yet: the
 * exception, "What happened" and the goals would otherwise tell the ending before the timeline
 * shows it.
 */
import { useApp } from '../../state/store.ts';

export function PendingResult() {
  const skip = useApp((s) => s.skipToResult);
  return (
    <div className="ex-pending" data-state="pending" data-testid="result-pending">
      <p>Watch the timeline: the result appears here when the playhead reaches it.</p>
      <button type="button" className="btn btn-sm" onClick={skip}>
        Skip to result
      </button>
    </div>
  );
}
