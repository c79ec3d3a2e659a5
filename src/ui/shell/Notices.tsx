/** Messages that must not be missed: bad share links, storage full, share done, a new version. */
import { useApp } from '../../state/store.ts';
import { Icon } from './Icon.tsx';
import { UpdateNotice } from './UpdateNotice.tsx';

export function Notices() {
  const notices = useApp((s) => s.notices);
  const dismiss = useApp((s) => s.dismiss);
  const storageError = useApp((s) => s.storageError);
  return (
    <div className="notices" aria-live="polite">
      <UpdateNotice />
      {storageError && (
        <div className="notice notice-error" role="alert" data-testid="storage-error">
          <span className="notice-icon">
            <Icon name="alert" />
          </span>
          <span className="notice-text">{storageError}</span>
        </div>
      )}
      {notices.map((n) => (
        <div
          key={n.id}
          className={`notice notice-${n.kind}`}
          role={n.kind === 'error' ? 'alert' : 'status'}
          data-testid={`notice-${n.id}`}
        >
          <span className="notice-icon">
            <Icon name={n.kind === 'error' ? 'alert' : n.kind === 'success' ? 'check' : 'info'} />
          </span>
          <span className="notice-text">{n.text}</span>
          <button
            type="button"
            className="btn btn-ghost btn-sm btn-icon"
            aria-label="Dismiss message"
            onClick={() => dismiss(n.id)}
          >
            <Icon name="close" />
          </button>
        </div>
      ))}
    </div>
  );
}
