/** The lesson's goals, checked against the latest run of the learner's own code. */
import { useMemo } from 'react';
import type { GoalResult, Lesson } from '../../state/lessonTypes.ts';
import { getLessons, goalsFor } from '../../state/lessons.ts';
import { useApp } from '../../state/store.ts';
import { Icon } from '../shell/Icon.tsx';

function GoalItem({ g, ran }: { g: GoalResult; ran: boolean }) {
  return (
    <li
      className={`goal ${g.met ? 'met' : ''} ${g.optional ? 'optional' : ''}`}
      data-testid="goal"
      data-goal={g.id}
      data-met={String(g.met)}
      data-optional={String(g.optional)}
    >
      <span className="goal-mark" aria-hidden="true">
        <Icon name={g.met ? 'check' : 'circle'} />
      </span>
      <span>
        {g.text}
        <span className="sr-only">{g.met ? ' (met)' : ' (not met yet)'}</span>
        {ran && g.detail && <span className="goal-detail">{g.detail}</span>}
      </span>
    </li>
  );
}

export function GoalsList({ lesson }: { lesson: Lesson }) {
  // Checked against the run once its result is revealed (see PlaybackSlice.revealed).
  const latest = useApp((s) => s.run);
  const revealed = useApp((s) => s.revealed);
  const run = revealed ? latest : null;
  const pending = !!latest && !revealed;
  const goals = useMemo(() => goalsFor(lesson, run), [lesson, run]);
  const required = goals.filter((g) => !g.optional);
  const optional = goals.filter((g) => g.optional);
  const met = required.filter((g) => g.met).length;
  const solved = !!run && met === required.length;
  return (
    // Focusable: the goals scroll on a short screen, and a keyboard user must be able to scroll them.
    <section className={`goals${solved ? ' solved' : ''}`} aria-labelledby="goals-title" tabIndex={0}>
      <h3 id="goals-title" className="section-title">
        Goals{' '}
        <span className={solved ? 'badge badge-ok' : 'muted'}>
          {met}/{required.length}
          {!run && (pending ? ' · after the playback' : ' · run to check')}
          {solved && ' · lesson complete'}
        </span>
      </h3>
      {solved && <NextLesson lesson={lesson} />}
      <ul
        className="goal-list"
        data-testid="goals"
        data-all-met={String(solved)}
        data-pending={String(pending)}
      >
        {required.map((g) => (
          <GoalItem key={g.id} g={g} ran={!!run} />
        ))}
      </ul>
      {optional.length > 0 && (
        <>
          <h4 className="goal-sep" id="compare-title">
            Compare the fixes <span className="muted">(optional)</span>
          </h4>
          <ul className="goal-list" data-testid="goals-optional" aria-labelledby="compare-title">
            {optional.map((g) => (
              <GoalItem key={g.id} g={g} ran={!!run} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Once the goals are met: the way on, to the next lesson in order (none after the last). */
function NextLesson({ lesson }: { lesson: Lesson }) {
  const selectLesson = useApp((s) => s.selectLesson);
  const lessons = getLessons();
  const next = lessons[lessons.findIndex((l) => l.id === lesson.id) + 1];
  if (!next) return <p className="next-lesson muted">That was the last lesson.</p>;
  return (
    <div className="next-lesson">
      <button
        type="button"
        className="btn btn-primary btn-sm"
        data-testid="next-lesson"
        onClick={() => selectLesson(next.id)}
      >
        Next lesson: {String(next.order).padStart(2, '0')} {next.title} →
      </button>
    </div>
  );
}
