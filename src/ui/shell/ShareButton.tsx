/** "Share": code + lesson + run settings into the URL hash, copied when the clipboard allows. */
import { Icon } from './Icon.tsx';
import { shareCurrent } from './shareActions.ts';

export function ShareButton() {
  return (
    <button
      type="button"
      className="btn"
      data-testid="share"
      onClick={() => void shareCurrent()}
      title="Copy a link to this code and run settings"
    >
      <Icon name="share" />
      Share
    </button>
  );
}
