/**
 * A way in from the symptom: paste an exception message or a stack trace from a real log, see
 * the lessons that explain it with the part that matched marked, and open one. The matching is
 * src/lessons/symptoms.ts, on the `symptoms:` each lesson's front matter declares.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useApp } from '../../state/store.ts';
import { getLessons } from '../../state/lessons.ts';
import { excerpt, findLessonsForSymptom, type SymptomMatch } from '../../lessons/symptoms.ts';
import type { Lesson } from '../../state/lessonTypes.ts';
import { Icon } from '../shell/Icon.tsx';

/** Lessons listed before "show more": the best few, since one message can be in many lessons. */
const FIRST = 4;

/** The one finder dialog (in the lesson list), so the start-of-course callout can open it too. */
let openFinder: (() => void) | null = null;

export function SymptomFinder({ collapsed }: { collapsed: boolean }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    openFinder = () => dialog.current?.showModal();
    return () => {
      openFinder = null;
    };
  }, []);
  return (
    <div className="symptom-finder">
      <button
        type="button"
        className={`btn btn-sm ${collapsed ? 'btn-ghost btn-icon' : 'symptom-open'}`}
        data-testid="symptom-open"
        aria-label={collapsed ? 'Find the lesson for an error message' : undefined}
        title="Paste an exception or stack trace from your log to find the lesson that explains it"
        onClick={() => dialog.current?.showModal()}
      >
        <Icon name="search" />
        {!collapsed && 'Find the lesson for my error'}
      </button>
      <dialog
        ref={dialog}
        className="symptom-dialog"
        aria-labelledby="symptom-title"
        data-testid="symptom-dialog"
      >
        <SymptomSearch onOpen={() => dialog.current?.close()} />
      </dialog>
    </div>
  );
}

function SymptomSearch({ onOpen }: { onOpen: () => void }) {
  const [text, setText] = useState('');
  const [all, setAll] = useState(false);
  const lessons = getLessons();
  const matches = useMemo(() => findLessonsForSymptom(text, lessons), [text, lessons]);
  const shown = all ? matches : matches.slice(0, FIRST);
  return (
    <>
      <div className="symptom-head">
        <h2 id="symptom-title">Which lesson explains my error?</h2>
        <form method="dialog">
          <button type="submit" className="btn btn-sm btn-ghost btn-icon" aria-label="Close">
            <Icon name="close" />
          </button>
        </form>
      </div>
      <label htmlFor="symptom-input" className="muted">
        Paste an exception message or a whole stack trace from a .NET log.
      </label>
      <textarea
        id="symptom-input"
        data-testid="symptom-input"
        rows={6}
        spellCheck={false}
        value={text}
        placeholder="System.InvalidOperationException: A second operation was started on this context instance…"
        onChange={(e) => {
          setText(e.target.value);
          setAll(false);
        }}
      />
      <div className="symptom-results" data-testid="symptom-results" aria-live="polite">
        {text.trim() !== '' && matches.length === 0 && <NoMatch lessons={lessons} />}
        {matches.length > 0 && (
          <p className="muted">
            {matches.length === 1
              ? 'One lesson explains this:'
              : `${matches.length} lessons explain this, the closest first:`}
          </p>
        )}
        <ol className="symptom-list">
          {shown.map((m) => (
            <SymptomResult
              key={m.lessonId}
              match={m}
              text={text}
              lesson={lessons.find((l) => l.id === m.lessonId)!}
              onOpen={onOpen}
            />
          ))}
        </ol>
        {matches.length > shown.length && (
          <button
            type="button"
            className="btn btn-sm btn-ghost"
            onClick={() => setAll(true)}
            data-testid="symptom-more"
          >
            Show {matches.length - shown.length} more{' '}
            {matches.length - shown.length === 1 ? 'lesson' : 'lessons'} with this message
          </button>
        )}
      </div>
    </>
  );
}

function SymptomResult({
  match,
  text,
  lesson,
  onOpen,
}: {
  match: SymptomMatch;
  text: string;
  lesson: Lesson;
  onOpen: () => void;
}) {
  const selectLesson = useApp((s) => s.selectLesson);
  const lines = useMemo(() => excerpt(text, match.hits), [text, match.hits]);
  return (
    <li className="symptom-result" data-testid="symptom-result" data-lesson={lesson.id}>
      <div className="symptom-result-head">
        <span>
          <span className="muted">{String(lesson.order).padStart(2, '0')}</span>{' '}
          <strong>{lesson.title}</strong>
          <span className="symptom-summary">{lesson.summary}</span>
        </span>
        <button
          type="button"
          className="btn btn-sm btn-primary"
          data-testid="symptom-open-lesson"
          onClick={() => {
            selectLesson(lesson.id);
            onOpen();
          }}
        >
          Open lesson
        </button>
      </div>
      <pre className="symptom-excerpt" aria-label="What matched">
        {lines.map((parts, i) => (
          <span key={i} className="symptom-line">
            {parts.map((p, j) =>
              p.marked ? (
                <mark key={j} data-testid="symptom-mark">
                  {p.text}
                </mark>
              ) : (
                <span key={j}>{p.text}</span>
              ),
            )}
          </span>
        ))}
      </pre>
    </li>
  );
}

function NoMatch({ lessons }: { lessons: Lesson[] }) {
  const known = [...new Set(lessons.flatMap((l) => l.symptoms?.messages ?? []))];
  return (
    <div className="symptom-none" data-testid="symptom-none" role="status">
      <p>
        <strong>No lesson matches this text.</strong> The lessons explain errors whose message contains one of
        these (… stands for any name):
      </p>
      <ul>
        {known.map((m) => (
          <li key={m}>
            <code>{m}</code>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * The way in for someone who arrives with an error from work: shown above the first lesson they
 * see until they have run anything, then the lesson list's button is enough.
 */
export function SymptomCallout() {
  const fresh = useApp((s) => Object.values(s.progress).every((p) => p.runs === 0));
  if (!fresh) return null;
  return (
    <p className="symptom-callout" data-testid="symptom-callout">
      Here because of an exception in your log?{' '}
      <button type="button" className="btn-link" onClick={() => openFinder?.()}>
        Paste it to find the lesson that explains it
      </button>
      .
    </p>
  );
}
