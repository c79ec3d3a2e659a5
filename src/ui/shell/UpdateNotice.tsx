/** "Updated — reload": a newer build of the app is installed and waits for the learner's go. */
import { useSyncExternalStore } from 'react';
import { pendingUpdate, subscribeUpdate } from './registerServiceWorker.ts';
import { Icon } from './Icon.tsx';

export function UpdateNotice() {
  const apply = useSyncExternalStore(subscribeUpdate, pendingUpdate);
  if (!apply) return null;
  return (
    <div className="notice notice-info" role="status" data-testid="update-notice">
      <span className="notice-icon">
        <Icon name="info" />
      </span>
      <span className="notice-text">Updated — a new version of the playground is ready.</span>
      <button type="button" className="btn btn-sm" data-testid="update-reload" onClick={apply}>
        Reload
      </button>
    </div>
  );
}
