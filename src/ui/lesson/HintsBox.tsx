/**
 * The lesson's hints, one at a time on request: a nudge before the full solution. How many are
 * revealed is kept in the lesson's progress, so a reload (or coming back later) shows the same.
 */
import { useEffect, useRef } from 'react';
import { useApp } from '../../state/store.ts';

/** `hints`: each hint as HTML (rendered and sanitised at build time: scripts/lessonsModule.ts). */
export function HintsBox({ lessonId, hints }: { lessonId: string; hints: string[] }) {
  const shown = useApp((s) => Math.min(hints.length, s.progress[lessonId]?.hints ?? 0));
  const reveal = useApp((s) => s.revealHint);
  const boxRef = useRef<HTMLElement>(null);
  const asked = useRef(false);
  // After a click, bring the new hint (and the button for the next) into view.
  useEffect(() => {
    if (!asked.current) return;
    asked.current = false;
    boxRef.current?.scrollIntoView({ block: 'nearest' });
  }, [shown]);
  if (hints.length === 0) return null;
  return (
    <section
      ref={boxRef}
      className="hints"
      aria-labelledby="hints-title"
      data-testid="hints"
      data-shown={shown}
    >
      <h3 id="hints-title" className="section-title">
        Hints{' '}
        <span className="muted">
          · {shown === 0 ? 'stuck? one at a time, before the solution' : `${shown} of ${hints.length} shown`}
        </span>
      </h3>
      {shown > 0 && (
        <ol className="hint-list" aria-live="polite">
          {hints.slice(0, shown).map((h, i) => (
            <li key={i} className="hint" data-testid="hint" dangerouslySetInnerHTML={{ __html: h }} />
          ))}
        </ol>
      )}
      {shown < hints.length && (
        <button
          type="button"
          className="btn btn-sm"
          data-testid="show-hint"
          onClick={() => {
            asked.current = true;
            reveal(lessonId, hints.length);
          }}
        >
          {shown === 0 ? 'Show a hint' : 'Show the next hint'} ({shown + 1} of {hints.length})
        </button>
      )}
    </section>
  );
}
