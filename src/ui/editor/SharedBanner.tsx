/** Shown while the editor holds a snippet from a share link instead of the learner's own code. */
import type { Lesson } from '../../state/lessonTypes.ts';
import { useApp } from '../../state/store.ts';

export function SharedBanner({ lesson }: { lesson: Lesson }) {
  const shared = useApp((s) => (s.shared && s.shared.lesson === lesson.id ? s.shared : null));
  const keep = useApp((s) => s.keepShared);
  const leave = useApp((s) => s.leaveShared);
  if (!shared) return null;
  return (
    <div className="shared-banner" role="status" data-testid="shared-banner">
      <span>
        <strong>Shared snippet.</strong> Your own code for this lesson is kept aside.
      </span>
      <span className="toolbar-spacer" />
      <button type="button" className="btn btn-sm" onClick={keep}>
        Keep as my code
      </button>
      <button type="button" className="btn btn-sm" onClick={leave}>
        Back to my code
      </button>
    </div>
  );
}
