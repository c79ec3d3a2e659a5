/** Opens and closes the race lab drawer (in the header, so the editor toolbar keeps its room). */
import { useApp } from '../../state/store.ts';
import { raceLabBusy } from '../../state/slices/raceLab.ts';
import { Icon } from '../shell/Icon.tsx';

export const RACE_LAB_ID = 'race-lab';
export const RACE_LAB_TOGGLE_ID = 'race-lab-toggle';

export function RaceLabToggle() {
  const open = useApp((s) => s.raceLabOpen);
  const busy = useApp(raceLabBusy);
  const setOpen = useApp((s) => s.setRaceLabOpen);
  return (
    <button
      type="button"
      id={RACE_LAB_TOGGLE_ID}
      className="btn race-lab-toggle"
      aria-expanded={open}
      aria-controls={open ? RACE_LAB_ID : undefined}
      onClick={() => setOpen(!open)}
      data-testid="race-lab-toggle"
      title="Race lab: run many seeds, run under load, compare two runs"
    >
      <Icon name="bolt" />
      Race lab
      {busy && <span className="rl-busy-dot" aria-label="(running)" />}
    </button>
  );
}
