/**
 * The race lab drawer: over the lesson columns (the editor, timeline and panels keep their
 * size), so a replayed seed shows on the timeline beside it. Escape closes it and gives focus
 * back to the toolbar's toggle.
 */
import { useEffect, useRef } from 'react';
import { useApp } from '../../state/store.ts';
import { Icon } from '../shell/Icon.tsx';
import { fmtLatency } from './format.ts';
import { BatchSection } from './BatchSection.tsx';
import { LoadSection } from './LoadSection.tsx';
import { CompareSection } from './CompareSection.tsx';
import { RACE_LAB_ID, RACE_LAB_TOGGLE_ID } from './RaceLabToggle.tsx';
import './raceLab.css';

function close() {
  useApp.getState().setRaceLabOpen(false);
  document.getElementById(RACE_LAB_TOGGLE_ID)?.focus();
}

export function RaceLab() {
  const open = useApp((s) => s.raceLabOpen);
  const settings = useApp((s) => s.settings);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) titleRef.current?.focus();
  }, [open]);
  if (!open) return null;
  return (
    <aside
      id={RACE_LAB_ID}
      className="race-lab"
      data-testid="race-lab"
      aria-labelledby="race-lab-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          close();
        }
      }}
    >
      <header className="rl-head">
        <div>
          <h2 id="race-lab-title" className="rl-title" tabIndex={-1} ref={titleRef}>
            Race lab
          </h2>
          <p className="rl-sub muted">
            Same code, many timings. Runs use the toolbar's settings ({fmtLatency(settings)}); the virtual
            clock makes every seed reproducible.
          </p>
        </div>
        <button
          type="button"
          className="btn btn-sm btn-icon btn-ghost"
          onClick={close}
          aria-label="Close the race lab (Escape)"
          title="Close (Escape)"
        >
          <Icon name="close" />
        </button>
      </header>
      <div className="rl-scroll">
        <BatchSection />
        <LoadSection />
        <CompareSection />
      </div>
    </aside>
  );
}
